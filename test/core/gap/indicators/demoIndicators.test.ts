/*
 * The demo store's weekly indicators are generated with a known funnel (DEMO_FUNNEL): shows close in
 * the same week, appointments a week ahead, leads and ad spend two weeks ahead. GSM.LEADING_INDICATORS
 * on the demo table must find those lags and signs, the conversion rates must come back within
 * tolerance, and GSM.INDICATOR_FORECAST must beat the naive "same as the last four weeks" guess.
 */
import { generateDealership } from "../../../../src/demo";
import { DEFAULT_DEMO_PROFILE, DEMO_PROFILES } from "../../../../src/demo/profiles";
import {
  DEMO_FUNNEL,
  DEMO_INDICATOR_LAGS,
  demoWeeks,
  weeklyIndicatorsTable,
  type DemoWeek,
} from "../../../../src/demo/weeklyIndicatorsDemo";
import { indicatorForecast, leadingIndicators } from "../../../../src/functions/budgetFunctions";
import { errorOf, numberOf } from "../../../functions/excelResult";

const MAR_10_2025 = 45726;
const SEP_18_2024 = 45553;
const OTHER = DEMO_PROFILES.find((p) => p.id !== DEFAULT_DEMO_PROFILE.id) ?? DEFAULT_DEMO_PROFILE;

const CASES = [
  ["Pacecar Motors on 3/10/2025", DEFAULT_DEMO_PROFILE, MAR_10_2025],
  ["Pacecar Motors on 9/18/2024", DEFAULT_DEMO_PROFILE, SEP_18_2024],
  [`${OTHER.storeName} on 3/10/2025`, OTHER, MAR_10_2025],
] as const;

function demo(profile: typeof DEFAULT_DEMO_PROFILE, asOf: number) {
  const dealership = generateDealership({ profile, endDate: asOf });
  const table = weeklyIndicatorsTable(dealership, asOf);
  // The table as a user selects it: Week Start .. Ad Spend with the header, and Units Sold with its header.
  const indicators = table.rows.map((r) => r.slice(0, 6));
  const outcome = table.rows.map((r) => r.slice(6));
  return { dealership, weeks: demoWeeks(dealership, asOf), indicators, outcome };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe.each(CASES)("%s", (_, profile, asOf) => {
  const { dealership, weeks, indicators, outcome } = demo(profile, asOf);

  it("covers about two years of full weeks, and units sold are the deal log's deals of each week", () => {
    expect(weeks.length).toBeGreaterThanOrEqual(104);
    for (const w of weeks.slice(0, 5).concat(weeks.slice(-5))) {
      const deals = dealership.deals.filter((d) => d.soldDate >= w.weekStart && d.soldDate < w.weekStart + 7).length;
      expect(w.unitsSold).toBe(deals);
    }
  });

  it("LEADING_INDICATORS finds each indicator's generated lag, all positive", () => {
    const spill = leadingIndicators(indicators, outcome) as (string | number)[][];
    expect(spill[0]).toEqual(["Indicator", "Best lag", "Correlation", "Weight", "Strength"]);
    const found = new Map(spill.slice(1).map((r) => [String(r[0]), { lag: r[1], r: r[2] }]));
    for (const [name, lag] of Object.entries(DEMO_INDICATOR_LAGS)) {
      expect(found.get(name)?.lag).toBe(lag);
      expect(found.get(name)?.r).toBeGreaterThan(0.6);
    }
  });

  it("the joint regression puts the biggest weights on appointments and shows, the generator's direct drivers", () => {
    const spill = leadingIndicators(indicators, outcome) as (string | number)[][];
    const weights = spill
      .slice(1)
      .filter((r) => typeof r[3] === "number")
      .sort((a, b) => Math.abs(b[3] as number) - Math.abs(a[3] as number))
      .map((r) => r[0]);
    expect(weights.slice(0, 2).sort()).toEqual(["Appointments", "Shows"]);
  });

  it("the conversion rates come back within 10%", () => {
    const units = weeks.map((w) => w.unitsSold);
    const lagged = (pick: (w: DemoWeek) => number, lag: number) => sum(weeks.slice(0, weeks.length - lag).map(pick));
    // Rates as the funnel defines them: units over shows the same week, over appointments a week before, …
    const showClose = sum(units) / sum(weeks.map((w) => w.shows));
    const appointmentClose = sum(units.slice(1)) / lagged((w) => w.appointments, 1);
    const leadToAppointment = sum(weeks.slice(1).map((w) => w.appointments)) / lagged((w) => w.leads, 1);
    const costPerLead = sum(weeks.map((w) => w.adSpend)) / sum(weeks.map((w) => w.leads));
    expect(Math.abs(showClose / DEMO_FUNNEL.showClose - 1)).toBeLessThan(0.1);
    expect(Math.abs(appointmentClose / DEMO_FUNNEL.appointmentClose - 1)).toBeLessThan(0.1);
    expect(Math.abs(leadToAppointment / DEMO_FUNNEL.leadToAppointment - 1)).toBeLessThan(0.1);
    expect(Math.abs(costPerLead / DEMO_FUNNEL.costPerLead - 1)).toBeLessThan(0.1);
  });

  it("INDICATOR_FORECAST, backtested on the last 8 weeks, beats the last four weeks' average", () => {
    let modelError = 0;
    let naiveError = 0;
    for (let k = 8; k >= 1; k--) {
      const end = indicators.length - k; // rows 1..end-1 are the history, row `end` the week forecast
      const current = indicators[end] ?? [];
      const predicted = numberOf(indicatorForecast(indicators.slice(0, end), outcome.slice(0, end), [current]));
      const actual = outcome[end]?.[0] as number;
      const lastFour = outcome.slice(end - 4, end).map((r) => r[0] as number);
      modelError += Math.abs(predicted - actual);
      naiveError += Math.abs(sum(lastFour) / 4 - actual);
    }
    expect(modelError).toBeLessThan(naiveError);
  });
});

describe("the demo's weeks are the same every run and don't move as the month goes on", () => {
  it("two as-of dates a week apart share their common weeks", () => {
    const early = demo(DEFAULT_DEMO_PROFILE, MAR_10_2025 - 7).weeks;
    const late = demo(DEFAULT_DEMO_PROFILE, MAR_10_2025).weeks;
    // The last two weeks of the earlier table were built from units still to come then.
    const settled = early.slice(0, -2);
    expect(late.slice(0, settled.length)).toEqual(settled);
  });
});

describe("GSM.INDICATOR_FORECAST: bad current", () => {
  const { indicators, outcome } = demo(DEFAULT_DEMO_PROFILE, MAR_10_2025);
  it.each([
    ["too few cells", [[1, 2]], "#VALUE!", "current must have one value per indicator (5)"],
    [
      "no shows this week (shows count the same week)",
      [[45726, 300, 80, "", "", 15000]],
      "#VALUE!",
      "current needs Shows: it counts in the period forecast",
    ],
  ])("%s", (_, current, code, message) => {
    expect(errorOf(indicatorForecast(indicators, outcome, current))).toEqual({ code, message });
  });

  it("current without the Week column works too", () => {
    const full = numberOf(indicatorForecast(indicators, outcome, [[45726, 300, 80, 70, 50, 15000]]));
    const short = numberOf(indicatorForecast(indicators, outcome, [[300, 80, 70, 50, 15000]]));
    expect(short).toBe(full);
  });
});
