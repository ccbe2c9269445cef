/* The OEM view's model: a program's units from the deal log, tier, money, next tier, odds; the programs table round trip; the model filter. */
import { dateToSerial, storeCalendar, type StoreCalendar } from "../../../src/core/calendar";
import type { Deal } from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";
import {
  modelMatches,
  newProgram,
  programRows,
  PROGRAMS_HEADERS,
  readPrograms,
  type ProgramSetup,
} from "../../../src/core/programs";
import {
  objectiveOf,
  periodLabel,
  programStatus,
  requirementStatus,
} from "../../../src/taskpane/programs/programsModel";

const calendar = storeCalendar(null, null) as StoreCalendar;
if (isSheetError(calendar)) throw new Error("calendar");

const AS_OF = dateToSerial(2025, 3, 10);

function deal(soldDate: number, newUsed: "New" | "Used", model: string): Deal {
  return { soldDate, stockNumber: "", salesperson: "", channel: "", newUsed, frontGross: 0, backGross: 0, model };
}

// Two years of history: every day but Sunday, one new truck, one new SUV and one used truck.
const DEALS: Deal[] = [];
for (let d = dateToSerial(2023, 3, 1); d <= AS_OF; d++) {
  if (d % 7 === 1) continue;
  DEALS.push(deal(d, "New", "2025 Silverado 1500"), deal(d, "New", "2025 Equinox"), deal(d, "Used", "2019 Ford F-150"));
}
const TRUCKS: ProgramSetup = {
  name: "Trucks",
  tierTable: "TruckTiers",
  period: "month",
  objective: 26,
  units: "New",
  modelContains: "truck",
};
const TIERS = {
  source: "TruckTiers",
  rows: [
    ["Threshold", "Per truck"],
    [0.25, 100],
    [0.5, 200],
    [1, 300],
  ],
};

describe("modelMatches", () => {
  it.each([
    ["2026 Silverado 1500", "truck", true],
    ["2026 Silverado 1500", "TRUCKS", true],
    ["2021 Ford F-150", "pickup", true],
    ["2026 Equinox", "truck", false],
    ["2026 Equinox", "equinox", true],
    ["2026 Equinox", "tahoe, equinox", true],
    ["2026 Equinox", "", true],
    ["", "truck", false],
  ])("%p matches %p → %p", (model, filter, expected) => {
    expect(modelMatches(model, filter)).toBe(expected);
  });
});

describe("programStatus", () => {
  it("counts new trucks of the month: 8 selling days by Mar 10 → 8 units; 25% of 26 = 6.5 → 7 units reached", () => {
    const s = programStatus(TRUCKS, TIERS, DEALS, AS_OF, calendar);
    if (s.kind !== "ready") throw new Error(s.problem);
    expect(s.sold).toBe(8);
    // Tiers 7, 13, 26 units (25%, 50%, 100% of 26 rounded up): 8 units is tier 1 → 8 × $100.
    expect(s.tiers.map((t) => t.threshold)).toEqual([7, 13, 26]);
    expect([s.tier, s.earned]).toEqual([1, 800]);
    // Next: 13 units × $200 = $2,600, $1,800 more than now, 5 units away.
    expect(s.next).toEqual({ tier: 2, threshold: 13, unitsNeeded: 5, payoutAt: 2600, gain: 1800 });
    expect(s.scenarios).toHaveLength(26 - 8 + 5 + 1);
    expect(s.periodLabel).toBe("March 2025");
    if ("unavailable" in s.odds) throw new Error(s.odds.unavailable);
    // A truck every selling day: March has 26, so 26 is likely but not sure; 13 is near certain.
    expect(s.odds.tiers[1]?.probability).toBeGreaterThan(0.95);
    expect(s.odds.tiers[2]?.probability).toBeGreaterThan(0.2);
  });

  it("a quarter program counts from January", () => {
    const s = programStatus({ ...TRUCKS, period: "quarter", objective: 78 }, TIERS, DEALS, AS_OF, calendar);
    if (s.kind !== "ready") throw new Error(s.problem);
    // Jan 2025: 31 − 4 Sundays = 27; Feb: 28 − 4 = 24; Mar 1–10: 8 → 59 new trucks.
    expect(s.sold).toBe(59);
    expect(s.periodLabel).toBe("Q1 2025");
  });

  it.each([
    [
      { ...TRUCKS, tierTable: "" },
      TIERS,
      "Name the tier table (an Excel table or a named range) this program pays by.",
    ],
    [TRUCKS, null, 'No table or named range called "TruckTiers" in this workbook.'],
    [
      TRUCKS,
      {
        source: "TruckTiers",
        rows: [
          ["T", "M"],
          [0.5, -1],
        ],
      },
      "TruckTiers: tiers row 2: money can't be negative",
    ],
  ])("says what is wrong: %#", (setup, table, problem) => {
    const s = programStatus(setup, table, DEALS, AS_OF, calendar);
    expect(s.kind === "problem" && s.problem).toBe(problem);
  });

  it("no matching units: the odds say so instead of failing", () => {
    const s = programStatus({ ...TRUCKS, modelContains: "corvette" }, TIERS, DEALS, AS_OF, calendar);
    expect(s.kind === "ready" && s.sold).toBe(0);
    expect(s.kind === "ready" && "unavailable" in s.odds).toBe(true);
  });
});

describe("programs table", () => {
  it("round-trips through its rows", () => {
    const list = [TRUCKS, { ...newProgram("Volume"), tierTable: "VolumeTiers", units: "All" as const }];
    expect(readPrograms([[...PROGRAMS_HEADERS], ...programRows(list)])).toEqual(list);
  });

  it("skips empty rows and reads odd cells leniently", () => {
    expect(readPrograms([[...PROGRAMS_HEADERS], ["", "", "", "", "", ""], ["P", "T", "q", "x", "used", 5]])).toEqual([
      { name: "P", tierTable: "T", period: "quarter", objective: null, units: "Used", modelContains: "5" },
    ]);
  });
});

it.each([
  ["", null],
  ["120", 120],
  [" 1,200 ", 1200],
  ["0", undefined],
  ["-5", undefined],
  ["12a", undefined],
])("objective typed %p → %p", (text, value) => {
  expect(objectiveOf(text)).toBe(value);
});

it("labels periods", () => {
  expect(periodLabel(dateToSerial(2026, 11, 10), { period: "quarter" })).toBe("Q4 2026");
  expect(periodLabel(dateToSerial(2026, 11, 10), { period: "month" })).toBe("November 2026");
});

it("requirement status to the quarter's end", () => {
  const r = requirementStatus(
    {
      source: "ProgramRequirements",
      rows: [
        ["Req", "Current", "Threshold", "Type"],
        ["CSI", 89, 90, "min"],
      ],
    },
    AS_OF
  );
  expect(r !== null && "gaps" in r && r.gaps.map((g) => g.status)).toEqual(["failing"]);
  expect(requirementStatus(null, AS_OF)).toBeNull();
});
