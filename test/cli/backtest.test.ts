/*
 * `pacecar backtest FILE --as-of-day N [--json]` on the demo dealership's log written as a DMS CSV
 * (US text dates): 20 months of history through 3/10/2025, so the months with 12 earlier months
 * in the log (it starts in July 2023) and a complete ending are July 2024 through February 2025.
 */
import { rmSync } from "node:fs";
import { dateToSerial, monthKey, serialToDate, storeCalendar, type StoreCalendar } from "../../src/core/calendar";
import { backtest, coverage, wape } from "../../src/core/forecast";
import { generateDealership } from "../../src/demo";
import { run } from "./cliRun";
import { dealLogCsv, tempDir, writeFile } from "./demoDealLogCsv";

const MAR_10 = dateToSerial(2025, 3, 10);
const demo = generateDealership({ endDate: MAR_10, months: 20 });
const dealDates = demo.deals.map((d) => d.soldDate);

// What the CLI reads a CSV with: Sundays closed (dealers open Saturdays), no holidays (a CSV has no Holidays table).
const csvCalendar = storeCalendar(11, null) as StoreCalendar;

let dir: string;
let csv: string;
beforeAll(() => {
  dir = tempDir("backtest-");
  csv = writeFile(dir, "deals.csv", dealLogCsv(demo.deals));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deals of a month, counted straight from the generator (independent of the reader and the core). */
function dealsIn(month: string, throughDay = 31): number {
  return demo.deals.filter((d) => monthKey(d.soldDate) === month && serialToDate(d.soldDate).day <= throughDay).length;
}

describe("--json", () => {
  it("prints only a JSON array, one object per month with exactly the contract's keys", async () => {
    const { code, out, err } = await run("backtest", csv, "--as-of-day", "10", "--json");
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const records = JSON.parse(out[0] ?? "") as Record<string, unknown>[];
    expect(records.map((r) => r.month)).toEqual([
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    for (const r of records)
      expect(Object.keys(r)).toEqual(["month", "asOf", "mtd", "trend", "p10", "p50", "p90", "actual"]);
  });

  it("holds the core's backtest of the same dates, trend to one decimal; mtd and actual match a count of the generator's deals", async () => {
    const { out } = await run("backtest", csv, "--as-of-day", "10", "--json");
    const records = JSON.parse(out[0] ?? "") as {
      month: string;
      asOf: string;
      mtd: number;
      trend: number | null;
      p10: number;
      p50: number;
      p90: number;
      actual: number;
    }[];
    const core = backtest({ dealDates, calendar: csvCalendar, asOfDay: 10, minHistoryMonths: 12 });
    expect(records).toEqual(
      core.map((r) => ({
        month: r.month,
        asOf: r.asOf,
        mtd: r.mtd,
        trend: r.trend === null ? null : Math.round(r.trend * 10) / 10,
        p10: r.p10,
        p50: r.p50,
        p90: r.p90,
        actual: r.actual,
      }))
    );
    for (const r of records) {
      expect(r.asOf).toBe(`${r.month}-10`);
      expect(r.mtd).toBe(dealsIn(r.month, 10));
      expect(r.actual).toBe(dealsIn(r.month));
      // Trend to one decimal: ten times it is whole.
      if (r.trend !== null) expect(Math.abs(r.trend * 10 - Math.round(r.trend * 10))).toBeLessThan(1e-9);
      expect(r.p10).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p90);
    }
  });

  it.each([
    ["day 31 in a 30-day month is its last day", "31", "2024-09", "2024-09-30"],
    ["day 1", "1", "2024-07", "2024-07-01"],
  ])("%s", async (_, day, month, asOf) => {
    const { out } = await run("backtest", csv, "--as-of-day", day, "--json");
    const records = JSON.parse(out[0] ?? "") as { month: string; asOf: string }[];
    expect(records.find((r) => r.month === month)?.asOf).toBe(asOf);
  });

  it("a log with under 13 months prints [] and says why on stderr", async () => {
    const short = generateDealership({ endDate: MAR_10, months: 6 });
    const path = writeFile(dir, "short.csv", dealLogCsv(short.deals));
    const { code, out, err } = await run("backtest", path, "--as-of-day", "10", "--json");
    expect(code).toBe(0);
    expect(out).toEqual(["[]"]);
    expect(err.join("\n")).toMatch(/No month of short\.csv has 12 earlier months of deals/);
  });
});

describe("human output", () => {
  it("an aligned table, one line per month, then WAPE of trend and model and the p10–p90 coverage", async () => {
    const { code, out, err } = await run("backtest", csv, "--as-of-day", "10");
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const core = backtest({ dealDates, calendar: csvCalendar, asOfDay: 10, minHistoryMonths: 12 });
    const header = out.findIndex((l) => l.startsWith("Month"));
    expect(out[header]).toMatch(/^Month\s+As of\s+MTD\s+Trend\s+p10\s+p50\s+p90\s+Actual\s+In p10–p90$/);
    const body = out.slice(header + 2, header + 2 + core.length);
    // Aligned: the last column, "In p10–p90", starts at the same place on every line.
    const columnStart = (out[header] ?? "").indexOf("In p10–p90");
    for (const [i, line] of body.entries()) {
      const r = core[i];
      if (!r) throw new Error("missing row");
      expect(line.startsWith(r.month)).toBe(true);
      expect(line.slice(columnStart)).toBe(r.actual >= r.p10 && r.actual <= r.p90 ? "yes" : "no");
      expect(line.split(/\s+/).slice(2, 8)).toEqual(
        [r.mtd, r.trend ?? 0, r.p10, r.p50, r.p90, r.actual].map((n, k) => (k === 1 ? n.toFixed(1) : String(n)))
      );
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(out).toContain(
      `WAPE (Σ|forecast − actual| ÷ Σ actual): trend ${pct(wape(core, (r) => r.trend))}, model p50 ${pct(wape(core, (r) => r.p50))} over ${core.length} months.`
    );
    const inside = core.filter((r) => r.actual >= r.p10 && r.actual <= r.p90).length;
    expect(out).toContain(
      `p10–p90 coverage: ${inside} of ${core.length} months (${pct(coverage(core))}; a calibrated range holds about 80%).`
    );
  });
});

describe("errors: a plain message on stderr, exit code 2, nothing on stdout", () => {
  it.each([
    [
      "a missing file",
      () => ["backtest", `${dir}/nope.csv`, "--as-of-day", "10", "--json"],
      /^can't read .*nope\.csv: no such file$/,
    ],
    [
      "a file without a deal log header",
      () => ["backtest", writeFile(dir, "noheader.csv", "a,b\n1,2\n"), "--as-of-day", "10"],
      /noheader\.csv: no deal log header found \(need a sold\/deal date column\)$/,
    ],
    [
      "a file that isn't .csv or .xlsx",
      () => ["backtest", writeFile(dir, "deals.pdf", "%PDF"), "--as-of-day", "10"],
      /a deal log file must be \.csv or \.xlsx \(got "\.pdf"\)/,
    ],
    [
      "a .xlsx that isn't a workbook",
      () => ["backtest", writeFile(dir, "fake.xlsx", "not a zip"), "--as-of-day", "10"],
      /^can't read .*fake\.xlsx: /,
    ],
    ["no --as-of-day", () => ["backtest", csv, "--json"], /^backtest needs --as-of-day N/],
    [
      "--as-of-day 0",
      () => ["backtest", csv, "--as-of-day", "0"],
      /^--as-of-day must be a whole number from 1 to 31 \(got "0"\)$/,
    ],
    ["--as-of-day 32", () => ["backtest", csv, "--as-of-day", "32"], /got "32"/],
    ["--as-of-day 10.5", () => ["backtest", csv, "--as-of-day", "10.5"], /got "10\.5"/],
    ["--as-of-day ten", () => ["backtest", csv, "--as-of-day", "ten"], /got "ten"/],
    [
      "--as-of-day with no value",
      () => ["backtest", csv, "--as-of-day"],
      /Option '--as-of-day <value>' argument missing/,
    ],
    ["an unknown option", () => ["backtest", csv, "--as-of-day", "10", "--csv"], /Unknown option '--csv'/],
    ["no file", () => ["backtest", "--as-of-day", "10"], /^Usage:/],
  ])("%s", async (_, argv, message) => {
    const { code, out, err } = await run(...argv());
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toMatch(message);
    expect(err.join("\n")).not.toMatch(/\n\s+at /); // no stack trace
  });
});
