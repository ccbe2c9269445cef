/*
 * npm run bench — speed of the core on big inputs, each measured against a plain loop over the
 * same data in the same run, so the ratios hold whatever the machine. Writes docs/benchmarks.md.
 */
// Excel provides CustomFunctions at run time; the benchmark calls the functions as tests do.
import "../test/setup/customFunctionsGlobal";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dayOfWeek, sellingDaysBetween, storeCalendar, type StoreCalendar } from "../src/core/calendar";
import { readDateColumn, readDealLog } from "../src/core/dealLog";
import { DEAL_LOG_HEADERS } from "../src/core/dealLog/deal";
import { createRandom } from "../src/demo/random";
import { medianMs } from "./measure";
import { areaBenchmarks } from "./areas";
import { paceForecastSection } from "./extra";
import { paneRenderSection } from "./paneRender";
import { hyperformulaSection } from "./hyperformula";
import { renderRows, type BenchRow, type BenchSection } from "./benchRow";

export type { BenchRow, BenchSection } from "./benchRow";

const started = performance.now();
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
  dealRows.push([
    `N${String(i)}`,
    serial,
    `Rep ${String(i % 12)}`,
    "Internet",
    i % 2 ? "New" : "Used",
    `$${String(1000 + (i % 900))}.00`,
    1500,
  ]);
}
const dateColumn = dealRows.slice(1).map((r) => [r[1]]);

/** The core readers and the calendar on big inputs. */
function coreSection(): string {
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
        for (let i = 1; i < dealRows.length; i++)
          sum += Number(dealRows[i]?.[1]) + Number(String(dealRows[i]?.[5]).replace(/[$,]/g, ""));
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
  ];
  return ["## Core readers and calendar", "", renderRows(rows), ""].join("\n");
}

const AREA_METHOD =
  "Each area function is called as Excel calls it (ranges as rows of cells, header rows included) on seeded 100k-row inputs (100k calls for the per-cell functions; 520 weeks for the indicators, ten years of a weekly table), against the limit: a plain loop over the same cells giving the same answer (typed arrays, one pass where possible; bench/areaBaselines.ts). Before timing, the bench checks once that the function and the loop return the same spill (numbers to 1e-9 relative), so the baseline can't drift; the two are timed interleaved. Budget: 2× the loop; a miss carries its measured split.";
const AREA_NOTE =
  "PROB_TIER is a model, not a loop: its baseline is only the model's input, so it has no same-answer check.";

const SYNC_NOTE = [
  "## Workbook round trips (context.sync)",
  "",
  "Counted by the tests, not timed (test/excel/officeWorkbook.test.ts against office-addin-mock, test/taskpane/team/targetsReliability.test.ts against a stateful fake Excel). Budget: opening the pane ≤ 2 syncs, an edit 1.",
  "",
  "| what | syncs | budget |",
  "|---|---:|---:|",
  "| open the pane, deal log table known (deals, targets, channels, salespeople, holidays, lock; any number of tables, a 45,000-row log read in 20,000-row chunks) | 2 | ≤ 2 |",
  "| open the pane the first time, the deal log to be found by its headers (the mapping is then kept in the document's settings) | 3 | explained: one more look at every table's header, once |",
  "| save a burst of 40 target edits (batched, the last value typed for each box winning) | 1 | 1 |",
  "| save when the sheet changed under the pane (read in the same batch, the other person's numbers put back) | 2 | explained: the repair |",
  "",
].join("\n");

/**
 * The document's sections, in order, each a module's own markdown (headed by a `##` line). A new
 * benchmark module plugs in with one line here.
 */
const sections: readonly (readonly [string, BenchSection])[] = [
  ["core", coreSection],
  ["pace and forecast functions", () => paceForecastSection(random)],
  [
    "area functions",
    () => ["## Area functions", "", AREA_METHOD, "", renderRows(areaBenchmarks(random)), "", AREA_NOTE, ""].join("\n"),
  ],
  ["plain formulas", hyperformulaSection],
  ["task pane", paneRenderSection],
  ["workbook round trips", () => SYNC_NOTE],
];

async function main(): Promise<void> {
  const parts: string[] = [];
  const timings: string[] = [];
  for (const [name, section] of sections) {
    const t0 = performance.now();
    parts.push(await section());
    const seconds = (performance.now() - t0) / 1000;
    timings.push(`${name} ${seconds.toFixed(0)} s`);
    console.log(`bench: ${name} done in ${seconds.toFixed(1)} s`);
  }
  const total = (performance.now() - started) / 1000;
  const doc = [
    "# Benchmarks",
    "",
    `Run: \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${String(cpus().length)} cores (load average ${loadavg()[0]?.toFixed(1) ?? "?"} at the end: the machine may be shared, so compare ratios, each measured in the same run as its baseline, not absolute times). The code runs bundled into one file, as the add-in ships (a loader resolving modules call by call adds its own cost to every call). Median of repeated runs after a warm-up. Whole run: ${total.toFixed(0)} s (${timings.join(", ")}).`,
    "",
    ...parts,
  ].join("\n");
  writeFileSync("docs/benchmarks.md", doc);
  console.log(doc);
  console.log(`bench: total ${total.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
