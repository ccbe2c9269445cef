import { storeCalendar, type StoreCalendar } from "../src/core/calendar";
import { forecastCached, forecastMonthEnd } from "../src/core/forecast";
import { generateDealership } from "../src/demo";
import { DEMO_PROFILES } from "../src/demo/profiles";
import { medianMs } from "./measure";
import type { BenchRow } from "./benchRow";

/** The forecast on a big log: a fresh fit, a cached call (what recalculating cells costs), and a plain loop. */
export function extraBenchmarks(random: () => number): BenchRow[] {
  const calendar = storeCalendar(11, null) as StoreCalendar;
  // 100k deal dates over 36 months (a ~2,800-deal-a-month group), in log order.
  const start = 45000;
  const dates = Array.from({ length: 100_000 }, () => start + Math.floor(random() * 1095)).sort((a, b) => a - b);
  const asOf = start + 1095 - 20;
  const plainTrend = () => {
    let mtd = 0;
    for (const d of dates) if (d > asOf - 10 && d <= asOf) mtd++;
    return (mtd / 8) * 26;
  };
  // The demo's biggest store over 3 years, as a real log would look.
  const mega = DEMO_PROFILES.reduce((a, b) => (b.unitsPerMonth > a.unitsPerMonth ? b : a));
  const store = generateDealership({ profile: mega, endDate: asOf, months: 36 });
  const storeDates = store.deals.map((d) => d.soldDate);
  const input = { dealDates: dates, asOf, calendar };
  forecastCached(input);
  return [
    {
      what: "month-end projection, fresh fit on 100k deal dates (forecastMonthEnd)",
      ours: medianMs(() => forecastMonthEnd(input), 5),
      baseline: medianMs(plainTrend, 5),
      baselineWhat: "a plain loop counting the month so far and drawing the straight line",
    },
    {
      what: "month-end projection, same 100k range recalculated (forecastCached hit)",
      ours: medianMs(() => forecastCached(input), 5),
      baseline: medianMs(plainTrend, 5),
      baselineWhat: "the same plain loop",
    },
    {
      what: `month-end projection on the ${String(mega.unitsPerMonth)}-a-month demo store, 36 months (${String(storeDates.length)} deals)`,
      ours: medianMs(() => forecastMonthEnd({ dealDates: storeDates, asOf, calendar: store.calendar }), 5),
      baseline: medianMs(() => storeDates.filter((d) => d <= asOf).length, 5),
      baselineWhat: "a plain loop over the same dates",
    },
  ];
}
