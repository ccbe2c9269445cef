/*
 * npm run bench — speed of the core on big inputs, each measured against a plain loop over the
 * same data in the same run, so the ratios hold whatever the machine. Writes docs/benchmarks.md.
 */
// Excel provides CustomFunctions at run time; the benchmark calls the functions as tests do.
import "../test/setup/customFunctionsGlobal";
import { writeFileSync } from "node:fs";
import { dayOfWeek, monthEnd, monthStart, sellingDaysBetween, storeCalendar, type StoreCalendar } from "../src/core/calendar";
import { readDateColumn, readDealLog } from "../src/core/dealLog";
import { DEAL_LOG_HEADERS } from "../src/core/dealLog/deal";
import { pace } from "../src/functions/functions";
import { createRandom } from "../src/demo/random";
import { medianMs } from "./measure";
import { areaBenchmarks } from "./areas";
import { extraBenchmarks } from "./extra";

export type { BenchRow } from "./benchRow";
import type { BenchRow } from "./benchRow";

const ROWS = 100_000;
// The demo's seeded generator, so every run measures the same inputs.
const rng = createRandom(20251110);
const random = () => rng.next();
const calendar = storeCalendar(11, [[45772, 45986, 46016]]) as StoreCalendar;

// 100k spans of up to two years, as SELLING_DAYS over a budget sheet's many rows might ask.
const spans = Array.from({ length: ROWS }, () => {
  const start = 45000 + Math.floor(random() * 1000);
  return [start, start + Math.floor(random() * 730)] as const;
});
function naiveSellingDays(a: number, b: number): number {
  let n = 0;
  for (let d = a; d <= b; d++) if (!calendar.weekend[dayOfWeek(d)] && !calendar.holidays.has(d)) n++;
  return n;
}

// A 100k-row DMS export in memory: text dates, money as text, the way an export arrives.
const dealRows: unknown[][] = [[...DEAL_LOG_HEADERS]];
for (let i = 0; i < ROWS; i++) {
  const serial = 44000 + Math.floor(random() * 2000);
  dealRows.push([`N${String(i)}`, serial, `Rep ${String(i % 12)}`, "Internet", i % 2 ? "New" : "Used", `$${String(1000 + (i % 900))}.00`, 1500]);
}
const dateColumn = dealRows.slice(1).map((r) => [r[1]]);

const rows: BenchRow[] = [
  {
    what: "selling days for 100k spans (sellingDaysBetween)",
    ours: medianMs(() => spans.reduce((s, [a, b]) => s + sellingDaysBetween(a, b, calendar), 0), 5),
    baseline: medianMs(() => spans.reduce((s, [a, b]) => s + naiveSellingDays(a, b), 0), 3),
    baselineWhat: "a day-by-day loop over the same spans",
  },
  {
    what: "read a 100k-row deal log (readDealLog: headers, dates, money text, skips)",
    ours: medianMs(() => readDealLog(dealRows), 5),
    baseline: medianMs(() => {
      let sum = 0;
      for (let i = 1; i < dealRows.length; i++) sum += Number(dealRows[i]?.[1]) + Number(String(dealRows[i]?.[5]).replace(/[$,]/g, ""));
      return sum;
    }, 5),
    baselineWhat: "a plain loop converting the same date and money cells",
  },
  {
    what: "read a 100k-cell deal_dates range (readDateColumn)",
    ours: medianMs(() => readDateColumn(dateColumn), 5),
    baseline: medianMs(() => dateColumn.reduce((s, r) => s + Number(r[0]), 0), 5),
    baselineWhat: "a plain loop summing the same cells",
  },
  {
    what: "100k calls of GSM.PACE as Excel makes them",
    ours: medianMs(() => {
      for (let i = 0; i < ROWS; i++) pace(i % 200, 150, 45700 + (i % 60), 11);
    }, 3),
    baseline: medianMs(() => {
      let s = 0;
      for (let i = 0; i < ROWS; i++) {
        const asOf = 45700 + (i % 60);
        const start = monthStart(asOf);
        s += (i % 200) / ((150 * naiveSellingDays(start, asOf)) / naiveSellingDays(start, monthEnd(asOf)));
      }
      return s;
    }, 3),
    baselineWhat: "the same pace by a day-by-day NETWORKDAYS loop, without argument checks",
  },
  ...extraBenchmarks(random),
  ...areaBenchmarks(random),
];

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
const lines = [
  "# Benchmarks",
  "",
  `Run: \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Median of repeated runs after a warm-up; each ratio is measured in the same run as its baseline.`,
  "",
  "| what | ours (ms) | baseline (ms) | ratio | baseline is |",
  "|---|---:|---:|---:|---|",
  ...rows.map((r) => `| ${r.what} | ${fmt(r.ours)} | ${fmt(r.baseline)} | ${(r.ours / r.baseline).toFixed(2)}× | ${r.baselineWhat} |`),
  "",
];
writeFileSync("docs/benchmarks.md", lines.join("\n"));
console.log(lines.join("\n"));
