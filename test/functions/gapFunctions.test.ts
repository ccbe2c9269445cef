/* GSM.AGED_UNITS, GSM.DEALS_TO_REVISIT and GSM.PIPELINE_DEALS as Excel calls them: ranges as rows of cells. */
import fc from "fast-check";
import { dateToSerial } from "../../src/core/calendar";
import { agedUnits, dealsToRevisit, pipelineDeals } from "../../src/functions/gapFunctions";
import { errorOf, numberOf } from "./excelResult";

const d = dateToSerial;
const asOf = d(2025, 3, 10);
const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);

describe("GSM.AGED_UNITS", () => {
  const stock = col("Stock #", "N101", "U202", "U303", "N404", "");
  const stockIn = col("Stock-in Date", d(2025, 1, 9), d(2024, 11, 10), d(2025, 3, 1), "?", "");
  const details = [
    ["Model", "Cost"],
    ["Compact SUV", 30500],
    ["Crew-cab pickup", 41000],
    ["Minivan", 28000],
    ["Sedan", 21000],
    ["", ""],
  ];

  it("spills a header, the units 45 days or more at $30 a day, oldest first, then the undated", () => {
    // U202: 11/10 → 3/10 is 120 days, 120 × 30 = 3600, by 3/31 141 × 30 = 4230; N101: 60 days, 1800, 81 × 30 = 2430.
    expect(agedUnits(stock, stockIn, asOf, null, undefined, details)).toEqual([
      ["Stock", "Days in stock", "Bucket", "Holding cost so far", "Cost if unsold at month end", "Model", "Cost"],
      ["U202", 120, "90+", 3600, 4230, "Crew-cab pickup", 41000],
      ["N101", 60, "46-60", 1800, 2430, "Compact SUV", 30500],
      ["N404", "", "no stock-in date", "", "", "Sedan", 21000],
    ]);
  });

  it("takes min_days and a cost per day", () => {
    const rows = agedUnits(stock, stockIn, asOf, 0, [[35]]) as unknown[][];
    // U303: 9 days × 35 = 315; by 3/31, 30 × 35 = 1050.
    expect(rows.find((r) => r[0] === "U303")).toEqual(["U303", 9, "0-30", 315, 1050]);
  });

  it("takes a cost per day per unit from a column beside stock_ids", () => {
    // N1: 60 days × $20 = 1200; U2: 60 days × $40 = 2400, so U2 ranks first on the tie.
    const rows = agedUnits(col("N1", "U2"), col(d(2025, 1, 9), d(2025, 1, 9)), asOf, 0, col(20, 40)) as unknown[][];
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["U2", 2400],
      ["N1", 1200],
    ]);
  });

  it.each([
    [
      "stock_in_dates of another size",
      () => agedUnits(col("N1", "N2"), col(d(2025, 1, 1)), asOf),
      "#VALUE!",
      "stock_in_dates must be the same size as stock_ids",
    ],
    [
      "a negative min_days",
      () => agedUnits(col("N1"), col(d(2025, 1, 1)), asOf, -1),
      "#NUM!",
      "min_days can't be negative",
    ],
    [
      "a negative cost_per_day",
      () => agedUnits(col("N1"), col(d(2025, 1, 1)), asOf, 0, [[-5]]),
      "#NUM!",
      "cost_per_day can't be negative",
    ],
    [
      "nothing old enough",
      () => agedUnits(col("N1"), col(d(2025, 3, 1)), asOf, 45),
      "#N/A",
      "no unit has been in stock 45 days or more",
    ],
    ["no units at all", () => agedUnits(col("", ""), col("", ""), asOf), "#N/A", "no units in stock_ids"],
    [
      "a two-column stock_ids",
      () =>
        agedUnits(
          [
            ["N1", "N2"],
            ["N3", "N4"],
          ],
          col(1, 2),
          asOf
        ),
      "#VALUE!",
      "stock_ids must be one column (or one row)",
    ],
  ])("%s is an error that says so", (_, call, code, message) => {
    expect(errorOf(call())).toEqual({ code, message });
  });
});

/* The hand-worked log of pipeline.test.ts: open on 3/10 are F (952.38), E (936.51) and B (586.78). */
const LOG = {
  ids: col("Id", "A", "B", "C", "D", "E", "F"),
  created: col("Created", d(2025, 2, 5), d(2025, 2, 6), d(2025, 2, 1), d(2025, 2, 8), d(2025, 3, 8), d(2025, 3, 1)),
  statuses: col("Status", "Pending", "pending", "Lost", "Be-back", "Working", "Be Back"),
  sources: col("Source", "Walk-in", "walk-in", "Internet", "Internet", "Walk-in", "Referral"),
  values: col("Value", 2500, 2000, 1500, 3000, 3000, 4000),
  sold: col("Sold Date", d(2025, 2, 20), "", "", d(2025, 3, 2), "", ""),
};

describe("GSM.DEALS_TO_REVISIT and GSM.PIPELINE_DEALS", () => {
  it("spills the open opportunities by expected value", () => {
    const rows = dealsToRevisit(
      LOG.ids,
      LOG.created,
      LOG.statuses,
      LOG.sources,
      LOG.values,
      asOf,
      LOG.sold
    ) as unknown[][];
    expect(rows[0]).toEqual(["Id", "Status", "Source", "Age (days)", "Chance this month", "Value", "Expected value"]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["F", "Be-back", "Referral", 9],
      ["E", "Pending", "Walk-in", 2],
      ["B", "Pending", "Walk-in", 32],
    ]);
    expect(rows[1]?.[4]).toBeCloseTo(5 / 21, 12);
    expect(rows[1]?.[6]).toBeCloseTo((4000 * 5) / 21, 9);
  });

  it("without values ranks by chance and leaves Value blank", () => {
    const rows = dealsToRevisit(
      LOG.ids,
      LOG.created,
      LOG.statuses,
      LOG.sources,
      null as unknown as unknown[][],
      asOf,
      LOG.sold
    ) as unknown[][];
    // E 0.312 > B 0.293 > F 0.238
    expect(rows.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ["E", "", ""],
      ["B", "", ""],
      ["F", "", ""],
    ]);
  });

  it("PIPELINE_DEALS is the sum of the open opportunities' chances", () => {
    expect(numberOf(pipelineDeals(LOG.created, LOG.statuses, LOG.sources, asOf, LOG.sold))).toBeCloseTo(
      5 / 21 + 3324 / 10648 + 142 / 484,
      12
    );
  });

  it.each([
    [
      "unknown statuses",
      () =>
        pipelineDeals(
          col(45700, 45701, 45702),
          col("Hot", "hot", "Pending"),
          col("a", "b", "c"),
          asOf,
          col("", "", "")
        ),
      "#VALUE!",
      'unknown status "Hot" (2 rows): use Pending, Be-back, Lost or Sold',
    ],
    [
      "no sold_dates",
      () => pipelineDeals(LOG.created, LOG.statuses, LOG.sources, asOf),
      "#N/A",
      "sold_dates is needed: the date each opportunity sold, to learn how often they close",
    ],
    [
      "sources of another size",
      () => pipelineDeals(LOG.created, LOG.statuses, col("a"), asOf, LOG.sold),
      "#VALUE!",
      "sources must be the same size as created",
    ],
    [
      "no history before as_of's month",
      () => pipelineDeals(LOG.created, LOG.statuses, LOG.sources, d(2025, 2, 10), LOG.sold),
      "#N/A",
      "need opportunities from a month before as_of's month to learn from",
    ],
    [
      "nothing open",
      () => dealsToRevisit(LOG.ids, LOG.created, LOG.statuses, LOG.sources, LOG.values, d(2025, 9, 10), LOG.sold),
      "#N/A",
      "no open opportunities as of as_of",
    ],
  ])("%s is an error that says so", (_, call, code, message) => {
    expect(errorOf(call())).toEqual({ code, message });
  });
});

describe("whatever Excel hands over, the gap functions return a spill, a finite number or an error value", () => {
  const cell = fc.oneof(
    fc.constantFrom(null, undefined, "", 0, "Pending", "Sold", "Lost", "bb", "Hot", "#N/A", "3/1/2025", Number.NaN),
    fc.integer({ min: -5, max: 60000 }),
    fc.string()
  );
  const range = fc.oneof(fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { maxLength: 6 }), cell);
  const ok = (r: unknown): boolean =>
    errorOf(r) !== null || (typeof r === "number" && Number.isFinite(r)) || (Array.isArray(r) && r.length > 0);
  it.each([
    [
      "AGED_UNITS",
      (a: unknown[]) =>
        agedUnits(a[0] as unknown[][], a[1] as unknown[][], a[2], a[3], a[4] as unknown[][], a[5] as unknown[][]),
    ],
    [
      "DEALS_TO_REVISIT",
      (a: unknown[]) =>
        dealsToRevisit(
          a[0] as unknown[][],
          a[1] as unknown[][],
          a[2] as unknown[][],
          a[3] as unknown[][],
          a[4] as unknown[][],
          a[5],
          a[6] as unknown[][]
        ),
    ],
    [
      "PIPELINE_DEALS",
      (a: unknown[]) =>
        pipelineDeals(a[0] as unknown[][], a[1] as unknown[][], a[2] as unknown[][], a[3], a[4] as unknown[][]),
    ],
  ])("GSM.%s", (_, call) => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 0, maxLength: 7 }), (args) => ok(call(args))),
      { numRuns: 800 }
    );
  });
});

describe("a big workbook", () => {
  it("ages 130,000 units and learns from 130,000 opportunities (past where spreading a range into Math.min overflows)", () => {
    const n = 130000;
    const ids = Array.from({ length: n }, (_, i) => [`U${String(i)}`]);
    const stockIns = Array.from({ length: n }, (_, i) => [asOf - (i % 200)]);
    const details = Array.from({ length: n }, () => ["Sedan"]);
    const aged = agedUnits(ids, stockIns, asOf, 199, undefined, details) as unknown[][];
    expect(aged.length).toBe(1 + n / 200); // one unit in 200 is 199 days old
    const created = Array.from({ length: n }, (_, i) => [d(2024, 3, 1) + (i % 370)]);
    const statuses = Array.from({ length: n }, (_, i) => [["Pending", "Be-back", "Lost"][i % 3]]);
    const sources = Array.from({ length: n }, () => ["Internet"]);
    const sold = Array.from({ length: n }, (_, i) => [i % 7 === 0 ? (created[i]?.[0] as number) + 5 : ""]);
    expect(numberOf(pipelineDeals(created, statuses, sources, asOf, sold))).toBeGreaterThan(0);
  });
});
