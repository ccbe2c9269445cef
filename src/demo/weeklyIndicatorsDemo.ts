import { WEEKLY_INDICATORS_HEADERS, WEEKLY_INDICATORS_SHEET, WEEKLY_INDICATORS_TABLE } from "../core/gap/indicators";
import { dayOfWeek } from "../core/calendar";
import { createRandom, mixSeed, type Random } from "./random";
import type { DemoDealership, DemoTable } from "./types";

/**
 * The funnel the demo store's weeks are generated from: the lead-lag structure and conversion rates
 * LEADING_INDICATORS should recover. Units sold are the deal log's own; the rest is built back from them.
 */
export const DEMO_FUNNEL = {
  /** Units in a week ≈ this share of the week's showroom visits (shows lead sales by 0 weeks). */
  showClose: 0.45,
  /** Units in a week ≈ this share of the previous week's appointments (appointments lead by 1 week). */
  appointmentClose: 0.3,
  /** Appointments in a week ≈ this share of the previous week's leads (leads lead units by 2 weeks). */
  leadToAppointment: 0.35,
  /** Ad spend of a week ≈ its leads × this cost per lead (so ad spend leads units by 2 weeks too). */
  costPerLead: 60,
  /** Test drives of a week ≈ this share of its shows. */
  testDriveRate: 0.75,
  /** sd (log scale) of each step's week-to-week noise. */
  noise: 0.12,
} as const;

/** Lead of each indicator on units sold, in weeks, as generated. */
export const DEMO_INDICATOR_LAGS: Readonly<Record<string, number>> = {
  Leads: 2,
  Appointments: 1,
  Shows: 0,
  "Test Drives": 0,
  "Ad Spend": 2,
};

const INDICATOR_STREAM = 0x1d1c;
const MONDAY = 1;

/** One generated week. */
export interface DemoWeek {
  readonly weekStart: number;
  readonly leads: number;
  readonly appointments: number;
  readonly shows: number;
  readonly testDrives: number;
  readonly adSpend: number;
  readonly unitsSold: number;
}

/**
 * The demo store's weeks, Monday to Sunday, from the first full week of the deal log through the last
 * week whose Saturday is on or before asOf (Sunday is closed). Units sold are the deal log's deals of
 * the week; shows and test drives are built from that week's units, appointments from the next week's,
 * leads from the next week's appointments, ad spend from the week's leads — each with its own seeded
 * noise (so the weeks don't change as asOf moves on). The next two weeks' units, still to come, are
 * drawn around the last four weeks' average.
 */
export function demoWeeks(dealership: DemoDealership, asOf: number): DemoWeek[] {
  const first = dealership.startDate + ((MONDAY - dayOfWeek(dealership.startDate) + 7) % 7);
  const units: number[] = [];
  const starts: number[] = [];
  for (let start = first; start + 5 <= Math.floor(asOf); start += 7) {
    starts.push(start);
    units.push(0);
  }
  for (const deal of dealership.deals) {
    const week = Math.floor((deal.soldDate - first) / 7);
    if (week >= 0 && week < units.length) units[week] = (units[week] ?? 0) + 1;
  }
  const seed = dealership.profile.seed;
  const weekRandom = (start: number): Random => createRandom(mixSeed(seed, INDICATOR_STREAM, start));
  const recent = units.slice(-4);
  const recentMean =
    recent.length === 0 ? dealership.profile.unitsPerMonth / 4.3 : recent.reduce((a, b) => a + b, 0) / recent.length;
  const future = createRandom(mixSeed(seed, INDICATOR_STREAM, Math.floor(asOf)));
  // Units of the weeks after the table, which this week's appointments and leads are already building.
  const unitsAhead = [...units, future.poisson(recentMean), future.poisson(recentMean)];
  const f = DEMO_FUNNEL;
  const appointmentsOf = (week: number): number => {
    const r = weekRandom((starts[0] ?? first) + 7 * week);
    return ((unitsAhead[week + 1] ?? 0) / f.appointmentClose) * r.lognormalMeanOne(f.noise);
  };
  return starts.map((weekStart, week) => {
    const r = createRandom(mixSeed(seed, INDICATOR_STREAM, weekStart, 1));
    const unitsSold = units[week] ?? 0;
    const shows = Math.round((unitsSold / f.showClose) * r.lognormalMeanOne(f.noise));
    const testDrives = Math.round(shows * f.testDriveRate * r.lognormalMeanOne(f.noise));
    const leadsExact = (appointmentsOf(week + 1) / f.leadToAppointment) * r.lognormalMeanOne(f.noise);
    const adSpend = Math.round((leadsExact * f.costPerLead * r.lognormalMeanOne(f.noise)) / 10) * 10;
    return {
      weekStart,
      leads: Math.round(leadsExact),
      appointments: Math.round(appointmentsOf(week)),
      shows,
      testDrives,
      adSpend,
      unitsSold,
    };
  });
}

/** The weekly indicators as a demo table (header first). */
export function weeklyIndicatorsTable(dealership: DemoDealership, asOf: number): DemoTable {
  return {
    name: WEEKLY_INDICATORS_TABLE,
    sheetName: WEEKLY_INDICATORS_SHEET,
    rows: [
      [...WEEKLY_INDICATORS_HEADERS],
      ...demoWeeks(dealership, asOf).map((w) => [
        w.weekStart,
        w.leads,
        w.appointments,
        w.shows,
        w.testDrives,
        w.adSpend,
        w.unitsSold,
      ]),
    ],
    formats: ["m/d/yyyy", "#,##0", "#,##0", "#,##0", "#,##0", "$#,##0", "#,##0"],
  };
}
