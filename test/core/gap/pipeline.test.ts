/* Deals to revisit and the pipeline on a log small enough to work by hand. */
import fc from "fast-check";
import { dateToSerial } from "../../../src/core/calendar";
import {
  conversionExposures,
  conversionModel,
  dealsToRevisit,
  opportunityStatus,
  pipelineDeals,
  readOpportunities,
  readOpportunityTable,
  type Opportunity,
} from "../../../src/core/gap/pipeline";
import { isSheetError } from "../../../src/core/errors";

const d = dateToSerial;
const asOf = d(2025, 3, 10);

/**
 * February's snapshot is the 10th (as_of's day of month). Open then: A (pending, walk-in, sold 2/20:
 * a sale), B (pending, walk-in, never sold), C (lost 2/1, internet, 9 days old), D (be-back,
 * internet, sold 3/2: after February, not a sale). E and F are created in March.
 */
const LOG = {
  ids: ["Id", "A", "B", "C", "D", "E", "F"],
  created: ["Created", d(2025, 2, 5), d(2025, 2, 6), d(2025, 2, 1), d(2025, 2, 8), d(2025, 3, 8), d(2025, 3, 1)],
  statuses: ["Status", "Pending", "pending", "Lost", "Be-back", "Working", "Be Back"],
  sources: ["Source", "Walk-in", "walk-in", "Internet", "Internet", "Walk-in", "Referral"],
  values: ["Value", 2500, 2000, 1500, 3000, 3000, 4000],
  soldDates: ["Sold Date", d(2025, 2, 20), "", "", d(2025, 3, 2), "", ""],
};

function log(): readonly Opportunity[] {
  const read = readOpportunities(LOG);
  if (isSheetError(read)) throw new Error(read.message);
  return read.opportunities;
}

describe("opportunityStatus reads the ways CRMs write a status", () => {
  it.each([
    ["Pending", "pending"],
    ["working", "pending"],
    ["Be-back", "be-back"],
    ["BE BACK", "be-back"],
    ["bb", "be-back"],
    ["Dead", "lost"],
    ["Lost", "lost"],
    ["Delivered", "sold"],
    ["Sold", "sold"],
    ["Hot", null],
    [42, null],
  ])("%s → %s", (cell, status) => {
    expect(opportunityStatus(cell)).toBe(status);
  });
});

describe("readOpportunities", () => {
  it("skips the header, unifies a source's spelling, and marks a row Sold without a date as sold that day", () => {
    const read = readOpportunities({
      created: ["Created", d(2025, 1, 2), d(2025, 1, 3)],
      statuses: ["Status", "Sold", "Pending"],
      sources: ["Source", "Phone", "PHONE"],
      soldDates: ["Sold", "", ""],
    });
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.opportunities.map((o) => [o.id, o.soldAt, o.source])).toEqual([
      ["2", d(2025, 1, 2), "Phone"],
      ["3", null, "Phone"],
    ]);
  });

  it("lists unknown statuses with their counts instead of dropping them", () => {
    const read = readOpportunities({
      created: [45700, 45701, 45702, 45703],
      statuses: ["Hot", "Pending", "hot ", ""],
      sources: ["", "", "", ""],
    });
    expect(!isSheetError(read) && read.unknownStatuses).toEqual([
      { status: "Hot", rows: 2 },
      { status: "(blank)", rows: 1 },
    ]);
  });

  it.each([
    [
      "statuses",
      { created: [1, 2], statuses: ["Pending"], sources: ["a", "b"] },
      "statuses must be the same size as created",
    ],
    [
      "sold_dates",
      { created: [45700], statuses: ["Pending"], sources: ["a"], soldDates: [1, 2] },
      "sold_dates must be the same size as created",
    ],
    [
      "a created cell",
      { created: [45700, "soon"], statuses: ["Pending", "Pending"], sources: ["a", "b"] },
      'created must be dates (row 2 is "soon")',
    ],
    [
      "a sold date",
      { created: [45700], statuses: ["Pending"], sources: ["a"], soldDates: ["n/a"] },
      'sold_dates must be dates or blank (row 1 is "n/a")',
    ],
  ])("a bad %s is an error that says which", (_, columns, message) => {
    const read = readOpportunities(columns);
    expect(isSheetError(read) && read.message).toBe(message);
  });
});

describe("the conversion learned from the log's history (prior strength 20 trials)", () => {
  it("finds February's four trials on 2/10 (in created order), one of them a sale by 2/28", () => {
    const trials = conversionExposures(log(), asOf);
    expect(trials.map((t) => [t.status, t.band, t.converted, t.window])).toEqual([
      ["lost", "8-30", false, 18],
      ["pending", "0-7", true, 18],
      ["pending", "0-7", false, 18],
      ["be-back", "0-7", false, 18],
    ]);
  });

  it.each([
    // overall 1/4; pending (1 + 20·1/4)/(2 + 20) = 6/22; pending|Walk-in (1 + 20·6/22)/22 = 142/484;
    // its 0-7 cell (1 + 20·142/484)/22 = 3324/10648; be-back (0 + 20·1/4)/21 = 5/21, carried down to an unseen source and band.
    ["pending", "Walk-in", "0-7", 3324 / 10648],
    ["pending", "Walk-in", "31-90", 142 / 484],
    ["be-back", "Referral", "8-30", 5 / 21],
    ["lost", "Phone", "0-7", (0 + 20 * 0.25) / 21],
  ] as const)("%s from %s aged %s", (status, source, band, expected) => {
    const model = conversionModel(log(), asOf);
    if (isSheetError(model)) throw new Error(model.message);
    expect(model.chance(status, source, band)).toBeCloseTo(expected, 12);
  });

  it("needs a past month with open opportunities", () => {
    const model = conversionModel(log(), d(2025, 2, 10));
    expect(isSheetError(model) && model.key).toBe("gapNoOpportunityHistory");
  });
});

describe("deals to revisit on 3/10", () => {
  it("ranks the open ones by value × chance; sold and lost-too-long-ago ones are out", () => {
    const model = conversionModel(log(), asOf);
    if (isSheetError(model)) throw new Error(model.message);
    const deals = dealsToRevisit(log(), model, asOf);
    // F: 4000 × 5/21 = 952.38; E: 3000 × 3324/10648 = 936.51; B (32 days, 31-90): 2000 × 142/484 = 586.78.
    // A and D sold, C was lost 37 days ago (more than 30).
    expect(deals.map((x) => [x.id, x.age, x.expectedValue])).toEqual([
      ["F", 9, expect.closeTo((4000 * 5) / 21, 9) as unknown],
      ["E", 2, expect.closeTo((3000 * 3324) / 10648, 9) as unknown],
      ["B", 32, expect.closeTo((2000 * 142) / 484, 9) as unknown],
    ]);
    expect(pipelineDeals(deals)).toBeCloseTo(5 / 21 + 3324 / 10648 + 142 / 484, 12);
  });

  it("an opportunity that sells after as_of is still open on as_of", () => {
    const model = conversionModel(log(), d(2025, 3, 1));
    if (isSheetError(model)) throw new Error(model.message);
    expect(dealsToRevisit(log(), model, d(2025, 3, 1)).map((x) => x.id)).toContain("D");
  });
});

describe("readOpportunityTable finds its columns by header", () => {
  it("reads the documented layout", () => {
    const read = readOpportunityTable([
      ["Id", "Created", "Status", "Lead Source", "Salesperson", "Expected Gross", "Sold Date"],
      ["X1", 45700, "Be-back", "Phone", "Ann", 3000, ""],
    ]);
    if (isSheetError(read)) throw new Error(read.message);
    expect(read.opportunities.map((o) => [o.id, o.status, o.source, o.salesperson, o.value, o.soldAt])).toEqual([
      ["X1", "be-back", "Phone", "Ann", 3000, null],
    ]);
    expect(read.hasSoldDates).toBe(true);
  });

  it("says which column is missing", () => {
    const read = readOpportunityTable([
      ["Id", "Created", "Source"],
      ["X1", 45700, "Phone"],
    ]);
    expect(isSheetError(read) && read.message).toBe('no "Status" column in the table\'s header');
  });
});

describe("on any log, chances are probabilities and the pipeline never promises more deals than are open (property)", () => {
  const statuses = ["Pending", "Be-back", "Lost", "Sold"] as const;
  const row = fc.record({
    created: fc.integer({ min: d(2024, 9, 1), max: d(2025, 3, 10) }),
    status: fc.constantFrom(...statuses),
    source: fc.constantFrom("Walk-in", "Internet", "Phone"),
    soldAfter: fc.option(fc.integer({ min: 0, max: 60 })),
  });
  it("holds", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const read = readOpportunities({
          created: rows.map((r) => r.created),
          statuses: rows.map((r) => r.status),
          sources: rows.map((r) => r.source),
          soldDates: rows.map((r) => (r.soldAfter === null ? "" : r.created + r.soldAfter)),
        });
        if (isSheetError(read)) return false;
        const model = conversionModel(read.opportunities, asOf);
        if (isSheetError(model)) return model.key === "gapNoOpportunityHistory";
        const deals = dealsToRevisit(read.opportunities, model, asOf);
        return deals.every((x) => x.chance >= 0 && x.chance <= 1) && pipelineDeals(deals) <= deals.length + 1e-9;
      }),
      { numRuns: 300 }
    );
  });
});
