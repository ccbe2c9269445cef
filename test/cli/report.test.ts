/*
 * `pacecar report FILE [--as-of DATE]` on the demo dealership's log: as a DMS CSV (US text dates)
 * with a page-break header, a blank, a totals and a bad-date row appended, and as the demo
 * workbook the `demo` command writes (targets in PacecarTargets, closed days in Holidays).
 * MTDs and selling days are counted here by hand from the generator's deals and the calendar;
 * projections must be the core's own, subsets with the store's dates as reference.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dateToSerial, monthKey, serialToDate, storeCalendar, type StoreCalendar } from "../../src/core/calendar";
import { DEAL_LOG_HEADERS, type Deal } from "../../src/core/dealLog";
import { forecastMonthEnd, type MonthForecast } from "../../src/core/forecast";
import { generateDealership } from "../../src/demo";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { writeDemoXlsx } from "../../src/cli/demoXlsx";
import { formatChance } from "../../src/cli/numberText";
import { run } from "./cliRun";
import { dealLogCsv, tempDir, writeFile } from "./demoDealLogCsv";

const MAR_10 = dateToSerial(2025, 3, 10);
const demo = generateDealership({ endDate: MAR_10, months: 20 });
const storeDates = demo.deals.map((d) => d.soldDate);
// What the CLI reads a CSV with: Sundays closed, no holidays.
const csvCalendar = storeCalendar(11, null) as StoreCalendar;

const MESSY_LINES = [
  "", // a blank line
  DEAL_LOG_HEADERS.join(","), // the header again, as a page break prints it
  "Total,,,,,123456,78910",
  "N1234,N/A,Ana Ruiz,Walk-in,New,1200,300", // a deal whose date the DMS lost
];

let dir: string;
let csv: string;
beforeAll(() => {
  dir = tempDir("report-");
  csv = writeFile(dir, "deals.csv", dealLogCsv(demo.deals, MESSY_LINES));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function projection(
  dates: readonly number[],
  asOf: number,
  calendar: StoreCalendar,
  reference: readonly number[] | null = null
): MonthForecast {
  const f = forecastMonthEnd({ dealDates: dates, asOf, calendar, reference });
  if ("sheetError" in f) throw new Error(f.message);
  return f;
}

/** Deals from the 1st of asOf's month through asOf, counted from the generator. */
function mtdOf(deals: readonly Deal[], asOf: number): number {
  return deals.filter((d) => monthKey(d.soldDate) === monthKey(asOf) && d.soldDate <= asOf).length;
}

/** A table line's cells, the name first (columns are two or more spaces apart; names have single spaces). */
function cellsOf(out: readonly string[], name: string, indent = "  "): string[] {
  const line = out.find((l) => l.startsWith(indent + name + "  ") || l === indent + name);
  if (line === undefined) throw new Error(`no line for ${name} in:\n${out.join("\n")}`);
  return line.trim().split(/\s{2,}/);
}

/** A folder whose name looks like a deal log file. */
function folder(): string {
  const path = join(dir, "folder.csv");
  mkdirSync(path, { recursive: true });
  return path;
}

const trendText = (mtd: number, elapsed: number, total: number) => ((mtd / elapsed) * total).toFixed(1);

describe("report on a DMS CSV, as of its last deal", () => {
  let out: string[];
  beforeAll(async () => {
    const result = await run("report", csv);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    out = result.out;
  });

  it("says what it read, what it skipped and why, and that as-of is the file's last deal date", () => {
    expect(out[0]).toBe(
      "Pacecar report: deals.csv, as of 2025-03-10 (the last deal date in the file; --as-of picks another day)"
    );
    // The 4 appended lines are rows under the header that are not deals.
    expect(out).toContain(
      `Read ${demo.deals.length.toLocaleString("en-US")} deals from ${(demo.deals.length + 4).toLocaleString("en-US")} rows under the header.`
    );
    expect(out).toContain(
      "Skipped 4 rows: 1 blank, 1 repeated header (a page break), 1 totals row, 1 row without a readable sold date."
    );
  });

  it("March 2025 has 26 selling days with Sundays closed (31 − 5 Sundays); 8 are done by Monday 3/10 (1, 3–8, 10)", () => {
    expect(out).toContain("March 2025: 8 of 26 selling days done (Sundays closed).");
  });

  it("the store line: MTD counted from the deals, trend = MTD ÷ 8 × 26, the core's median and p10–p90", () => {
    const mtd = mtdOf(demo.deals, MAR_10);
    const f = projection(storeDates, MAR_10, csvCalendar);
    expect(cellsOf(out, "Store", "")).toEqual([
      "Store",
      String(mtd),
      trendText(mtd, 8, 26),
      String(f.p50),
      `${f.p10}–${f.p90}`,
    ]);
  });

  it("each salesperson who sold in the 90 days through 3/10: MTD, trend, and the core's projection shrunk toward the store", () => {
    const active = demo.salespeople.filter((name) =>
      demo.deals.some((d) => d.salesperson === name && d.soldDate > MAR_10 - 90)
    );
    expect(active.length).toBeGreaterThan(5);
    for (const name of active) {
      const theirs = demo.deals.filter((d) => d.salesperson === name);
      const mtd = mtdOf(theirs, MAR_10);
      const f = projection(
        theirs.map((d) => d.soldDate),
        MAR_10,
        csvCalendar,
        storeDates
      );
      expect(cellsOf(out, name)).toEqual([
        name,
        String(mtd),
        trendText(mtd, 8, 26),
        String(f.p50) + (f.method === "trend-fallback" ? " *" : ""),
        `${f.p10}–${f.p90}`,
      ]);
    }
    const gone = demo.salespeople.length - active.length;
    if (gone > 0)
      expect(out).toContain(
        `Not listed: ${gone} ${gone === 1 ? "salesperson" : "salespeople"} without a deal in the 90 days through 2025-03-10.`
      );
    else expect(out.join("\n")).not.toMatch(/Not listed/);
  });

  it("salespeople are listed by deals this month, most first, under their heading", () => {
    const start = out.indexOf("Salespeople");
    const end = out.indexOf("Channels");
    const mtds = out
      .slice(start + 1, end)
      .filter((l) => l.startsWith("  "))
      .map((l) => Number(l.trim().split(/\s{2,}/)[1]));
    expect(mtds.length).toBeGreaterThan(5);
    expect(mtds).toEqual([...mtds].sort((a, b) => b - a));
  });

  it("each channel, its MTD counted from the deals", () => {
    for (const channel of demo.channels) {
      const theirs = demo.deals.filter((d) => d.channel === channel);
      expect(cellsOf(out, channel)[1]).toBe(String(mtdOf(theirs, MAR_10)));
    }
  });

  it("without targets: no Target column, and a line saying where targets come from", () => {
    expect(out.find((l) => l.includes("MTD"))).not.toMatch(/Target/);
    expect(out).toContain("No targets in this file (a workbook with a PacecarTargets table adds them).");
  });
});

describe("report --as-of", () => {
  it("an earlier day: its month, deals after it unseen; February 2025 has 24 selling days (28 − 4 Sundays), 12 done by Friday 2/14", async () => {
    const asOf = dateToSerial(2025, 2, 14);
    const { code, out } = await run("report", csv, "--as-of", "2025-02-14");
    expect(code).toBe(0);
    expect(out[0]).toBe("Pacecar report: deals.csv, as of 2025-02-14");
    expect(out).toContain("February 2025: 12 of 24 selling days done (Sundays closed).");
    const mtd = mtdOf(demo.deals, asOf);
    expect(cellsOf(out, "Store", "")).toEqual([
      "Store",
      String(mtd),
      trendText(mtd, 12, 24),
      String(projection(storeDates, asOf, csvCalendar).p50),
      expect.stringMatching(/^\d+–\d+$/),
    ]);
  });

  it.each([
    ["US text", "2/14/2025"],
    ["ISO", "2025-02-14"],
  ])("takes the date as %s", async (_, text) => {
    const { out } = await run("report", csv, "--as-of", text);
    expect(out[0]).toBe("Pacecar report: deals.csv, as of 2025-02-14");
  });
});

describe("report on the demo workbook: targets from PacecarTargets, closed days from Holidays", () => {
  const asOf = MAR_10;
  const book = demoWorkbook(asOf);
  let path: string;
  // Writing the demo workbook takes seconds on a busy machine: more than the default 5 s.
  beforeAll(async () => {
    path = join(dir, "demo.xlsx");
    await writeDemoXlsx(book, asOf, path);
  }, 60_000);

  it("shows each target and the chance of reaching it, from the core's projection", async () => {
    const { code, out, err } = await run("report", path);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(
      "Pacecar report: demo.xlsx, sheet Deals, as of 2025-03-10 (the last deal date in the file; --as-of picks another day)"
    );
    expect(out.find((l) => l.includes("MTD"))).toMatch(/MTD\s+Trend\s+Projection\s+p10–p90\s+Target\s+Chance$/);
    // The workbook's deals are the demo's default 26 months; its calendar adds the Holidays table.
    const dates = book.dealership.deals.map((d) => d.soldDate);
    const calendar = storeCalendar(
      11,
      book.holidays.map((h) => [h])
    ) as StoreCalendar;
    const chance = (f: MonthForecast, target: number) =>
      target <= f.mtd ? "reached" : formatChance(f.probAtLeast(target));

    const storeTarget = book.targets.find((t) => t.month === "2025-03" && t.scope === "Store")?.target ?? NaN;
    const store = projection(dates, asOf, calendar);
    expect(cellsOf(out, "Store", "").slice(5)).toEqual([String(storeTarget), chance(store, storeTarget)]);

    const people = book.targets.filter((t) => t.month === "2025-03" && t.scope === "Salesperson");
    expect(people.length).toBeGreaterThan(5);
    for (const t of people) {
      const f = projection(
        book.dealership.deals.filter((d) => d.salesperson === t.name).map((d) => d.soldDate),
        asOf,
        calendar,
        dates
      );
      expect(cellsOf(out, t.name).slice(5)).toEqual([String(t.target), chance(f, t.target)]);
    }
    for (const t of book.targets.filter((x) => x.month === "2025-03" && x.scope === "Channel"))
      expect(cellsOf(out, t.name)[5]).toBe(String(t.target));
  });

  it("in December 2024 names Christmas from the Holidays table: 31 − 5 Sundays − 12/25 = 25 selling days, 22 done by 12/27; the file has no targets for that month", async () => {
    const { code, out } = await run("report", path, "--as-of", "2024-12-27");
    expect(code).toBe(0);
    expect(out).toContain("December 2024: 22 of 25 selling days done (Sundays closed, and 2024-12-25).");
    expect(out).toContain("No targets for December 2024 in PacecarTargets.");
  });
});

describe("errors: a plain message on stderr, exit code 2, nothing on stdout", () => {
  it.each([
    ["a missing file", () => ["report", join(dir, "missing.csv")], /^can't read .*missing\.csv: no such file$/],
    ["a folder", () => ["report", folder()], /^can't read .*folder\.csv: it is a folder, not a file$/],
    [
      "a file without a deal log header",
      () => ["report", writeFile(dir, "notes.csv", "Notes\nCall the bank\n")],
      /notes\.csv: no deal log header found/,
    ],
    [
      "a header and no deals",
      () => ["report", writeFile(dir, "empty.csv", "Sold Date,Sales Person\n,\nTotal,\n")],
      /^empty\.csv: no deals in the file\. Read 0 deals from 2 rows under the header\. Skipped 2 rows: 1 blank, 1 totals row\.$/,
    ],
    [
      "--as-of before the first deal",
      () => ["report", csv, "--as-of", "2020-01-15"],
      /^--as-of 2020-01-15 is before the first deal in deals\.csv \(2023-07-\d\d\)$/,
    ],
    [
      "--as-of that isn't a date",
      () => ["report", csv, "--as-of", "soon"],
      /^--as-of must be a date like 2025-03-10 \(got "soon"\)$/,
    ],
    ["two files", () => ["report", csv, csv], /^Usage:/],
    ["no file", () => ["report"], /^Usage:/],
    ["an unknown command", () => ["forecast", csv], /^Usage:/],
  ])("%s", async (_, argv, message) => {
    const { code, out, err } = await run(...argv());
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toMatch(message);
  });
});

it("the demo dealership used here starts in July 2023 (20 months before March 2025)", () => {
  expect(serialToDate(demo.startDate)).toEqual({ year: 2023, month: 7, day: 1 });
});

it("a log too short to learn from: the straight line, marked with * and explained", async () => {
  // 2 months of history before March: under the model's 3.
  const short = generateDealership({ endDate: MAR_10, months: 2 });
  const path = writeFile(dir, "short.csv", dealLogCsv(short.deals));
  const { code, out } = await run("report", path);
  expect(code).toBe(0);
  expect(cellsOf(out, "Store", "")[3]).toMatch(/^\d+ \*$/);
  expect(out).toContain(
    "* Straight line with a wide range: too little history to learn from (the model needs 3 months)."
  );
});
