/* The "Close the gap" view's model: the demo store read through the same port the pane uses. */
import { dateToSerial } from "../../../src/core/calendar";
import { gapPlan } from "../../../src/core/gap/plan";
import { DEFAULT_COST_PER_DAY } from "../../../src/core/gap/inventory";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import type { CellTable, TablesRead } from "../../../src/excel/workbookPort";
import {
  agedSide,
  CLOSE_GAP_TABLES,
  COST_PER_DAY_SETTING,
  costPerDaySetting,
  monthSide,
  pipelineSide,
  planFor,
  planInput,
  settingsWithCostPerDay,
  SETTINGS_TABLE,
} from "../../../src/taskpane/gap/closeGapModel";
import {
  pipelineText,
  pushEffectText,
  recommendationText,
  revisitEffectText,
} from "../../../src/taskpane/gap/closeGapText";

const asOf = dateToSerial(2026, 11, 10);

let built: Promise<{ workbook: MemoryWorkbook; tables: TablesRead }> | null = null;
/** The demo workbook, built once for the file (the generator takes a second or two). */
function demo(): Promise<{ workbook: MemoryWorkbook; tables: TablesRead }> {
  return (built ??= buildDemo());
}

async function buildDemo(): Promise<{ workbook: MemoryWorkbook; tables: TablesRead }> {
  const d = demoWorkbook(asOf);
  const workbook = new MemoryWorkbook(
    { source: "Deals", rows: d.dealRows },
    d.targets,
    d.holidays,
    d.tables.map((t) => ({ source: t.name, rows: t.rows }))
  );
  return { workbook, tables: await workbook.readTables([...CLOSE_GAP_TABLES]) };
}

describe("the holding cost setting", () => {
  it.each([
    ["no settings table", null, DEFAULT_COST_PER_DAY],
    [
      "the setting",
      {
        source: SETTINGS_TABLE,
        rows: [
          ["Setting", "Value"],
          ["Holding cost per day", 42],
        ],
      },
      42,
    ],
    [
      "the setting as text",
      {
        source: SETTINGS_TABLE,
        rows: [
          ["Setting", "Value"],
          ["holding cost per day ", "$37.50"],
        ],
      },
      37.5,
    ],
    [
      "a bad value",
      {
        source: SETTINGS_TABLE,
        rows: [
          ["Setting", "Value"],
          ["Holding cost per day", "lots"],
        ],
      },
      DEFAULT_COST_PER_DAY,
    ],
  ] as const)("with %s reads %s", (_, table, expected) => {
    expect(costPerDaySetting(table as CellTable | null)).toBe(expected);
  });

  it("is written without touching the other settings", () => {
    const before: CellTable = {
      source: SETTINGS_TABLE,
      rows: [
        ["Setting", "Value"],
        ["Budget month", "2026-11"],
        [COST_PER_DAY_SETTING, 30],
      ],
    };
    expect(settingsWithCostPerDay(before, 35).rows).toEqual([
      ["Budget month", "2026-11"],
      [COST_PER_DAY_SETTING, 35],
    ]);
  });
});

describe("the demo store's close-the-gap screen on 11/10/2026", () => {
  it("ages the lot at the holding cost and keeps the units 45 days or more, oldest first", async () => {
    const { tables } = await demo();
    const aged = agedSide(tables, asOf, 30);
    expect(aged.problem).toBeNull();
    expect(aged.units.length).toBeGreaterThan(10);
    expect(aged.units.every((u) => u.daysInStock >= 45)).toBe(true);
    expect(aged.units.map((u) => u.daysInStock)).toEqual(
      [...aged.units.map((u) => u.daysInStock)].sort((a, b) => b - a)
    );
    expect(aged.detailNames).toEqual(["New/Used", "Year", "Model", "Cost"]);
  });

  it("ranks deals to revisit and sums the pipeline's expected deals", async () => {
    const { tables } = await demo();
    const pipeline = pipelineSide(tables, asOf);
    expect(pipeline.problem).toBeNull();
    expect(pipeline.historyMonths).toBe(12);
    expect(pipeline.expectedDeals).toBeCloseTo(
      pipeline.revisits.reduce((s, d) => s + d.chance, 0),
      9
    );
  });

  it("plans against the store target and the projection, and the texts say what the plan says", async () => {
    const { workbook, tables } = await demo();
    const month = monthSide(await workbook.readSnapshot(), asOf);
    expect(month.problem).toBeNull();
    const input = planInput(month, agedSide(tables, asOf, 30), pipelineSide(tables, asOf));
    if (!input) throw new Error("no plan input");
    const { plan, recommended } = planFor(input, null);
    expect(plan.choice).toEqual(recommended);
    expect(plan).toEqual(gapPlan(input, recommended));
    expect(recommendationText(plan, recommended)).toMatch(/^(Suggested|On track|Nothing)/);
    expect(pushEffectText(plan)).toContain(`${String(plan.target)}+`);
    expect(revisitEffectText(plan)).toContain("expected deals");
    expect(pipelineText(plan, input.revisits.length, asOf)).toContain("by 11/30");
  });
});

describe("what the view says when something is missing or unknown", () => {
  it("lists unknown statuses and leaves those rows out", () => {
    const rows = [
      ["Id", "Created", "Status", "Source", "Sold Date"],
      ["A", dateToSerial(2026, 10, 5), "Pending", "Phone", dateToSerial(2026, 10, 20)],
      ["B", dateToSerial(2026, 10, 6), "Hot", "Phone", ""],
      ["C", dateToSerial(2026, 11, 6), "Be-back", "Phone", ""],
    ];
    const side = pipelineSide({ Opportunities: { source: "Opportunities", rows } }, asOf);
    expect(side.unknownStatuses).toEqual([{ status: "Hot", rows: 1 }]);
    expect(side.revisits.map((d) => d.id)).toEqual(["C"]);
  });

  it.each([
    [
      "no inventory table",
      () => agedSide({}, asOf, 30).problem,
      "No inventory found. Add a table named Inventory with Stock # and Stock-in Date columns.",
    ],
    [
      "no Sold Date column",
      () =>
        pipelineSide(
          {
            Opportunities: {
              source: "Opportunities",
              rows: [
                ["Created", "Status", "Source"],
                [45000, "Pending", "Phone"],
              ],
            },
          },
          asOf
        ).problem,
      "Opportunities: needs a Sold Date column to learn how often opportunities close.",
    ],
  ])("%s", (_, problem, text) => {
    expect(problem()).toBe(text);
  });
});
