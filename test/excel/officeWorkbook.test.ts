/*
 * The Office.js adapter against office-addin-mock: opening the pane takes at most two syncs when
 * the deal log's table is known (stored mapping or a conventional name), a burst of target edits
 * saves in one sync, Excel busy or in cell-edit mode is waited out, and user text stays text.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  blockAddress,
  boundedBlock,
  DEAL_LOG_MAPPING_SETTING,
  quoteSheet,
  type TargetRow,
} from "../../src/core/targets";
import { OfficeWorkbook, type DocumentSettings } from "../../src/excel/officeWorkbook";
import type { CellValue } from "../../src/excel/workbookPort";
import { BatchSaveQueue } from "../../src/taskpane/team/batchSaveQueue";

type Rows = CellValue[][];

interface MockTable {
  name: string;
  values: Rows;
  sheet?: string;
}

/** What the adapter wrote: values, formulas and number formats by where they went, tables added, protection calls. */
interface Written {
  values: { where: string; values: unknown[][] }[];
  formulas: unknown[][][];
  tablesAdded: { name: string; values: unknown[][] }[];
  sheetsAdded: string[];
  resized: string[];
  protect: { password: string | undefined }[];
  unprotect: { password: string | undefined }[];
}

/** A write-only range: records what is assigned to it. */
function recorder(where: string, written: Written, values: unknown[][] = []) {
  const range = {
    where,
    numberFormat: [] as unknown[][],
    get values() {
      return values;
    },
    set values(v: unknown[][]) {
      values = v;
      written.values.push({ where, values: v });
    },
    set formulas(v: unknown[][]) {
      written.formulas.push(v);
    },
    getColumn: (c: number) => ({ numberFormat: [] as unknown[][], c }),
    getResizedRange: (r: number, c: number) => recorder(`${where}+${String(r)}x${String(c)}`, written),
    clear: () => undefined,
  };
  return range;
}

/** A mock workbook whose tables and sheets live in the mock's tree, so the mock's sync resolves their loads. */
function mockExcel(
  tables: MockTable[],
  options: {
    failFirst?: string[];
    protectedSheets?: string[];
    plainSheets?: Record<string, Rows>;
    namedRanges?: Record<string, string>;
  } = {}
) {
  const written: Written = {
    values: [],
    formulas: [],
    tablesAdded: [],
    sheetsAdded: [],
    resized: [],
    protect: [],
    unprotect: [],
  };
  const chunkReads: number[] = [];
  const rangeReads: string[] = [];
  /** A sheet of plain cells from A1: ranges by address, the used range (of the sheet or of some columns). */
  const plainSheet = (name: string) => {
    const rows = Object.entries(options.plainSheets ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (!rows) return null;
    const width = Math.max(...rows.map((r) => r.length), 1);
    const used = (first: number, last: number) => ({
      isNullObject: rows.length === 0,
      address: `${quoteSheet(name)}!${blockAddress({ firstRow: 0, lastRow: Math.max(rows.length - 1, 0), firstColumn: first, lastColumn: last })}`,
      load() {
        return this;
      },
    });
    return {
      isNullObject: false,
      name,
      load() {
        return this;
      },
      getRange(address: string) {
        const b = boundedBlock(address);
        if (!b) {
          const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
          const cols = boundedBlock(`${whole?.[1] ?? "A"}1:${whole?.[2] ?? "A"}1`);
          return {
            getUsedRangeOrNullObject: () => used(cols?.firstColumn ?? 0, Math.min(cols?.lastColumn ?? 0, width - 1)),
          };
        }
        rangeReads.push(address);
        const values = Array.from({ length: b.lastRow - b.firstRow + 1 }, (_, i) =>
          Array.from(
            { length: b.lastColumn - b.firstColumn + 1 },
            (_, j) => rows[b.firstRow + i]?.[b.firstColumn + j] ?? ""
          )
        );
        return {
          values,
          load() {
            return this;
          },
        };
      },
      getUsedRangeOrNullObject: () => used(0, width - 1),
    };
  };
  const store: Record<string, unknown> = {};
  const sheets: Record<string, unknown> = {};
  const sheetNames = [...new Set(tables.map((t) => t.sheet ?? `${t.name} sheet`))];
  const sheetData = (name: string) => ({
    name,
    getRange: (address?: string) => recorder(`${name}!${address ?? ""}`, written),
    protection: {
      protected: options.protectedSheets?.includes(name) ?? false,
      protect: (_: unknown, password?: string) => void written.protect.push({ password }),
      unprotect: (password?: string) => void written.unprotect.push({ password }),
    },
  });
  sheetNames.forEach((name, i) => (sheets[`s${String(i)}`] = sheetData(name)));
  const tableData = (t: MockTable | null) => {
    const values = t?.values ?? [[]];
    const body = values.slice(1);
    return {
      isNullObject: t === null,
      name: t?.name ?? "",
      worksheet: { name: t?.sheet ?? `${t?.name ?? ""} sheet` },
      range: { values },
      header: {
        values: values.slice(0, 1),
        getCell: () => ({
          getResizedRange: (r: number, c: number) => recorder(`${t?.name ?? ""}!A1+${String(r)}x${String(c)}`, written),
        }),
      },
      body: {
        values: body,
        rowCount: body.length,
        columnCount: values[0]?.length ?? 0,
        // A block of body rows, as getCell(row, 0).getResizedRange(rows - 1, cols - 1) gives it.
        getCell: (row: number, col: number) => ({
          getResizedRange: (dRows: number, dCols: number) => {
            chunkReads.push(dRows + 1);
            const block = body.slice(row, row + dRows + 1).map((r) => r.slice(col, col + dCols + 1));
            return { values: block, load: () => ({ values: block }) };
          },
        }),
        clear: () => undefined,
      },
      getRange() {
        return (this as { range: unknown }).range;
      },
      getHeaderRowRange() {
        return (this as { header: unknown }).header;
      },
      getDataBodyRange() {
        return (this as { body: unknown }).body;
      },
      resize: (range: { where: string }) => void written.resized.push(range.where),
    };
  };
  tables.forEach((t, i) => (store[`t${String(i)}`] = tableData(t)));
  store.none = tableData(null);
  const data = {
    context: {
      workbook: {
        store,
        sheets,
        paceSheet: { isNullObject: true },
        tables: {
          load(this: { items: OfficeMockObject[] }, what: string) {
            // Office.js loads "items/name" on a collection; the mock has no collections, so do it per item.
            if (what === "items/name") this.items.forEach((item) => item.load("name"));
          },
          getItemOrNullObject(name: string) {
            return lookup(name) ?? mock.context.workbook.store.none;
          },
          getItem(name: string) {
            const found = lookup(name);
            if (!found) throw new Error(`no table ${name}`);
            return { ...found, worksheet: mock.context.workbook.sheets.s0 };
          },
          add(range: { values: unknown[][] }) {
            const added = { name: "", values: range.values };
            written.tablesAdded.push(added);
            return added;
          },
        },
        worksheets: {
          load(this: { items: OfficeMockObject[] }, what: string) {
            if (what.startsWith("items/")) this.items.forEach((item) => item.load("name,protection/protected"));
          },
          add(name: string) {
            written.sheetsAdded.push(name);
            return {
              ...sheetData(name),
              getRange: (address?: string) => recorder(`${name}!${address ?? ""}`, written),
              getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
                recorder(`${name}!R${String(r)}C${String(c)}:${String(rows)}x${String(cols)}`, written),
              activate: () => undefined,
            };
          },
          getItemOrNullObject(name: string) {
            return plainSheet(name) ?? mock.context.workbook.paceSheet;
          },
          getItem(name: string) {
            const sheet = plainSheet(name);
            if (!sheet) throw new Error(`no sheet ${name}`);
            return sheet;
          },
        },
        names: {
          getItemOrNullObject(name: string) {
            const reference = Object.entries(options.namedRanges ?? {}).find(
              ([n]) => n.toLowerCase() === name.toLowerCase()
            )?.[1];
            return {
              isNullObject: reference === undefined,
              load() {
                return this;
              },
              getRangeOrNullObject: () => ({
                isNullObject: false,
                address: reference ?? "",
                load() {
                  return this;
                },
              }),
            };
          },
        },
      },
    },
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const failure = options.failFirst?.shift();
      if (failure) throw Object.assign(new Error(failure), { code: failure });
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: {
      sync: () => Promise<void>;
      workbook: {
        store: Record<string, OfficeMockObject & { name: string }>;
        sheets: Record<string, OfficeMockObject>;
        paceSheet: OfficeMockObject;
        tables: { items: OfficeMockObject[] };
        worksheets: { items: OfficeMockObject[] };
      };
    };
  };
  const lookup = (name: string) =>
    tables.map((t, i) => ({ t, i })).find(({ t }) => t.name.toLowerCase() === name.toLowerCase()) &&
    mock.context.workbook.store[`t${String(tables.findIndex((t) => t.name.toLowerCase() === name.toLowerCase()))}`];
  mock.context.workbook.tables.items = tables.map(
    (_, i) => mock.context.workbook.store[`t${String(i)}`] as OfficeMockObject
  );
  mock.context.workbook.worksheets.items = sheetNames.map(
    (_, i) => mock.context.workbook.sheets[`s${String(i)}`] as OfficeMockObject
  );
  const syncs = jest.spyOn(mock.context, "sync");
  (globalThis as unknown as { Excel: unknown }).Excel = Object.assign(mock, { ClearApplyTo: { contents: "Contents" } });
  return { mock, syncs, chunkReads, rangeReads, written };
}

/** Workbook settings as Office.context.document.settings keeps them. */
function memorySettings(
  initial: Record<string, unknown> = {}
): DocumentSettings & { saved: number; values: Record<string, unknown> } {
  const values = { ...initial };
  return {
    values,
    saved: 0,
    get: (name) => values[name] ?? null,
    set: (name, value) => void (values[name] = value),
    saveAsync(callback) {
      this.saved++;
      callback({ status: "succeeded" });
    },
  };
}

const header: CellValue[] = [
  "Stock #",
  "Sold Date",
  "Sales Person",
  "Lead Source",
  "New/Used",
  "Front Gross",
  "Back Gross",
];
const deals: Rows = [
  header,
  ["N1", 45723, "Ana", "Internet", "New", 1200, 900],
  ["U2", 45724, "Bo", "Walk-in", "Used", 2100, 0],
];
const isDealLogHeader = (h: readonly CellValue[]) =>
  h.some((c) => String(c).toLowerCase().replace(/\W/g, "") === "solddate");
const targetsTable: MockTable = {
  name: "PacecarTargets",
  sheet: "Pacecar Targets",
  values: [
    ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
    ["2025-03", "", "", "", 130, ""],
    ["2025-03", "Ana", "internet", "Internet", 12, 30000],
  ],
};
const channelsTable: MockTable = {
  name: "PacecarChannels",
  sheet: "Pacecar Targets",
  values: [
    ["ID", "Name", "Active From", "Retired From"],
    ["internet", "Internet", "", ""],
  ],
};
const fast = { isDealLogHeader, wait: () => Promise.resolve() };

describe("opening the pane", () => {
  it.each([
    [
      "a table named Deals",
      [
        { name: "Budget", values: [["Month", "Units"]] },
        { name: "Deals", values: deals },
      ],
      {},
      "Deals",
      2,
    ],
    [
      "the table the stored mapping names",
      [
        { name: "Deals", values: [["Month", "Units"]] },
        { name: "Table7", values: deals },
      ],
      { [DEAL_LOG_MAPPING_SETTING]: JSON.stringify({ table: "Table7", columns: { soldDate: "Sold Date" } }) },
      "Table7",
      2,
    ],
    // No mapping, no conventional name: one more sync looks at every table's header (the pane then stores the mapping).
    [
      "the only table with a sold-date header",
      [
        { name: "Budget", values: [["Month", "Units"]] },
        { name: "Table3", values: deals },
      ],
      {},
      "Table3",
      3,
    ],
  ])("finds the deal log as %s", async (_, tables, settings, source, syncCount) => {
    const { syncs } = mockExcel([...tables, targetsTable, channelsTable]);
    const snapshot = await new OfficeWorkbook({ ...fast, settings: memorySettings(settings) }).readSnapshot();
    expect(snapshot.dealLog?.source).toBe(source);
    expect(snapshot.dealLog?.rows).toEqual(deals);
    expect(syncs).toHaveBeenCalledTimes(syncCount);
  });

  it("reads a 45,000-row deal log in 20,000-row chunks, all in one sync", async () => {
    const big: Rows = [
      header,
      ...Array.from({ length: 45_000 }, (_, i) => [
        `N${String(i)}`,
        45000 + (i % 700),
        "Ana",
        "Internet",
        "New",
        1000,
        500,
      ]),
    ];
    const { syncs, chunkReads } = mockExcel([{ name: "Deals", values: big }]);
    const snapshot = await new OfficeWorkbook(fast).readSnapshot();
    // 45,000 = 20,000 + 20,000 + 5,000: Excel on the web caps each response at 5 MB.
    expect(chunkReads).toEqual([20_000, 20_000, 5_000]);
    expect(snapshot.dealLog?.rows).toEqual(big);
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it("reads targets, channels, holidays and the lock in the same two syncs, however many tables there are", async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      name: `Other${String(i)}`,
      values: [
        ["A", "B"],
        [1, 2],
      ] as Rows,
    }));
    const { syncs } = mockExcel([
      ...many,
      { name: "Deals", values: deals },
      targetsTable,
      channelsTable,
      { name: "Holidays", values: [["Date"], [45771], [""]] },
    ]);
    const snapshot = await new OfficeWorkbook(fast).readSnapshot();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(snapshot.targetRows).toEqual([
      { month: "2025-03", salesperson: "", channelId: "", channel: "", deals: 130, revenue: null },
      { month: "2025-03", salesperson: "Ana", channelId: "internet", channel: "Internet", deals: 12, revenue: 30000 },
    ]);
    expect(snapshot.channels).toEqual([{ id: "internet", name: "Internet", activeFrom: "", retiredFrom: "" }]);
    expect(snapshot.targetsLocked).toBe(false);
    expect(snapshot.holidays).toEqual([45771]);
    // The store/salesperson/channel view other readers use: the store line, Ana's total, Internet's total.
    expect(snapshot.targets).toEqual([
      { month: "2025-03", scope: "Store", name: "", target: 130 },
      { month: "2025-03", scope: "Salesperson", name: "Ana", target: 12 },
      { month: "2025-03", scope: "Channel", name: "Internet", target: 12 },
    ]);
  });

  it("reads an old Month | Scope | Name | Target table without losing a target", async () => {
    mockExcel([
      { name: "Deals", values: deals },
      // 45717 is 2025-03-01 (DATE(2025,3,1)) typed as a date by hand: read back as the month "2025-03".
      {
        name: "PacecarTargets",
        values: [
          ["Month", "Scope", "Name", "Target"],
          ["2025-03", "Store", "", 130],
          [45717, "Salesperson", "Ana", 20],
          ["2025-03", "Channel", "Walk-in", 40],
        ],
      },
    ]);
    const snapshot = await new OfficeWorkbook(fast).readSnapshot();
    expect(snapshot.targets).toEqual([
      { month: "2025-03", scope: "Store", name: "", target: 130 },
      { month: "2025-03", scope: "Salesperson", name: "Ana", target: 20 },
      { month: "2025-03", scope: "Channel", name: "Walk-in", target: 40 },
    ]);
    expect(snapshot.channels).toEqual([{ id: "walk-in", name: "Walk-in", activeFrom: "", retiredFrom: "" }]);
  });

  it("returns no deal log when no table has a sold-date header", async () => {
    mockExcel([{ name: "Budget", values: [["Month", "Units"]] }]);
    const snapshot = await new OfficeWorkbook(fast).readSnapshot();
    expect(snapshot.dealLog).toBeNull();
    expect(snapshot.targets).toEqual([]);
  });
});

const row = (salesperson: string, channelId: string, deals: number | null): TargetRow => ({
  month: "2025-03",
  salesperson,
  channelId,
  channel: channelId === "internet" ? "Internet" : "Walk-in",
  deals,
  revenue: null,
});

describe("saving targets", () => {
  it("saves a burst of 40 edits in one sync, the last value typed for each box winning", async () => {
    jest.useFakeTimers();
    try {
      const { syncs, written } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable]);
      const port = new OfficeWorkbook(fast);
      await port.readSnapshot();
      syncs.mockClear();
      const saves: number[] = [];
      const queue = new BatchSaveQueue<TargetRow>(
        (rows) => port.writeTargetRows(rows).then(() => void saves.push(rows.length)),
        {
          keyOf: (r) => `${r.salesperson}|${r.channelId}`,
          delayMs: 500,
          onStatus: () => undefined,
        }
      );
      // Ten salespeople × two channels, each box typed twice ("1" then "12"): 40 keystrokes, 20 boxes.
      for (let p = 0; p < 10; p++)
        for (const ch of ["internet", "walk-in"]) for (const v of [1, 12]) queue.push(row(`P${String(p)}`, ch, v + p));
      await jest.advanceTimersByTimeAsync(600);
      await queue.flush();
      expect(saves).toEqual([20]);
      expect(syncs).toHaveBeenCalledTimes(1);
      const table = written.values.find((w) => w.where.startsWith("PacecarTargets!"));
      // Header, the two rows already there, then 20 new ones; P3 on Internet ends at 12 + 3 = 15.
      expect(table?.values).toHaveLength(23);
      expect(table?.values).toContainEqual(["2025-03", "P3", "internet", "Internet", 15, ""]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("creates the targets sheet with both tables on the first save, in one sync after the pane's read", async () => {
    const { syncs, written } = mockExcel([{ name: "Deals", values: deals }]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    syncs.mockClear();
    await port.writeTargetRows(
      [row('=HYPERLINK("x")', "internet", 9)],
      [{ id: "internet", name: "Internet", activeFrom: "2025-03", retiredFrom: "" }]
    );
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(written.sheetsAdded).toEqual(["Pacecar Targets"]);
    // A name that starts with = is written with an apostrophe: Excel keeps it as text, never runs it.
    expect(written.tablesAdded.map((t) => t.values)).toEqual([
      [
        ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
        ["2025-03", '\'=HYPERLINK("x")', "internet", "Internet", 9, ""],
      ],
      [
        ["ID", "Name", "Active From", "Retired From"],
        ["internet", "Internet", "2025-03", ""],
      ],
    ]);
  });

  it("moves an old-layout table to the new columns on the first save", async () => {
    const { written } = mockExcel([
      { name: "Deals", values: deals },
      {
        name: "PacecarTargets",
        values: [
          ["Month", "Scope", "Name", "Target"],
          ["2025-03", "Store", "", 130],
          ["2025-03", "Channel", "Walk-in", 40],
        ],
      },
    ]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    await port.writeTargetRows([row("Ana", "internet", 5)]);
    const table = written.values.find((w) => w.where.startsWith("PacecarTargets!"));
    expect(table?.values).toEqual([
      ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
      ["2025-03", "", "", "", 130, ""],
      ["2025-03", "", "walk-in", "Walk-in", 40, ""],
      ["2025-03", "Ana", "internet", "Internet", 5, ""],
    ]);
    // The 4 columns grow to 6 and the channel the old rows named gets its PacecarChannels line.
    expect(written.resized).toContain("PacecarTargets!A1+3x5");
    expect(written.tablesAdded.map((t) => t.values[1])).toEqual([["walk-in", "Walk-in", "", ""]]);
  });

  it.each(["InvalidOperationInCellEditMode", "ActivityLimitReached"])("waits out %s and saves", async (code) => {
    const { written } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable], {
      failFirst: [code, code],
    });
    const waits: number[] = [];
    const port = new OfficeWorkbook({ isDealLogHeader, wait: (ms) => Promise.resolve(void waits.push(ms)) });
    await port.writeTargetRows([{ ...row("Ana", "internet", 14), revenue: 30000 }]);
    // Two failures: waits of 400 ms then 800 ms (delay × attempt), then the save goes through.
    expect(waits).toEqual([400, 800]);
    expect(written.values.find((w) => w.where.startsWith("PacecarTargets!"))?.values).toContainEqual([
      "2025-03",
      "Ana",
      "internet",
      "Internet",
      14,
      30000,
    ]);
  });
});

describe("lock, mapping and pace sheet", () => {
  it("reads the lock from the sheet the targets are on, whatever it is called", async () => {
    mockExcel(
      [
        { name: "Deals", values: deals },
        { ...targetsTable, sheet: "Our targets" },
        { name: "Other", values: [["A"], [1]], sheet: "Pacecar Targets" },
      ],
      { protectedSheets: ["Our targets"] }
    );
    expect((await new OfficeWorkbook(fast).readSnapshot()).targetsLocked).toBe(true);
  });

  it("protects and unprotects the targets sheet with the password", async () => {
    const { written } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    await port.setTargetsLocked(true, "gsm");
    await port.setTargetsLocked(false, "gsm");
    expect(written.protect).toEqual([{ password: "gsm" }]);
    expect(written.unprotect).toEqual([{ password: "gsm" }]);
  });

  it("keeps the deal log mapping in the workbook's settings", async () => {
    mockExcel([]);
    const settings = memorySettings();
    await new OfficeWorkbook({ ...fast, settings }).saveDealLogMapping({
      table: "Table7",
      columns: { soldDate: "Closed On", salesperson: "Rep" },
    });
    expect(settings.saved).toBe(1);
    expect(JSON.parse(String(settings.values[DEAL_LOG_MAPPING_SETTING]))).toEqual({
      table: "Table7",
      columns: { soldDate: "Closed On", salesperson: "Rep" },
    });
  });

  it("writes the pace sheet's formulas as formulas and names as text", async () => {
    const { written } = mockExcel([]);
    await new OfficeWorkbook(fast).writePaceSheet([
      [{ value: "+1" }, { formula: "=TODAY()" }, { value: 3 }],
      [{ value: "Ana" }, { formula: "=GSM.TREND(C1)" }],
    ]);
    expect(written.sheetsAdded).toEqual(["Pacecar Pace"]);
    expect(written.formulas).toEqual([
      [
        ["'+1", "=TODAY()", 3],
        ["Ana", "=GSM.TREND(C1)", ""],
      ],
    ]);
  });
});

describe("salespeople", () => {
  const salespeopleTable: MockTable = {
    name: "PacecarSalespeople",
    sheet: "Pacecar Targets",
    values: [
      ["Name", "Aliases", "Retired From"],
      ["Ana Diaz", "ANA; DIAZ A", ""],
      ["Bo", "", "2025-03"],
    ],
  };

  it("reads PacecarSalespeople in the same two syncs as the rest", async () => {
    const { syncs } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable, salespeopleTable]);
    const snapshot = await new OfficeWorkbook(fast).readSnapshot();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(snapshot.salespeople).toEqual([
      { name: "Ana Diaz", aliases: ["ANA", "DIAZ A"], retiredFrom: "" },
      { name: "Bo", aliases: [], retiredFrom: "2025-03" },
    ]);
  });

  it("a rename writes the moved targets and the salespeople table in one sync, the table created right of the channels (M1)", async () => {
    const { syncs, written } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    syncs.mockClear();
    const moved = {
      month: "2025-03",
      salesperson: "Ana Diaz",
      channelId: "internet",
      channel: "Internet",
      deals: 12,
      revenue: 30000,
    };
    await port.writeTargetRows([{ ...moved, salesperson: "Ana", deals: null, revenue: null }, moved], undefined, [
      { name: "Ana Diaz", aliases: ["Ana"], retiredFrom: "" },
    ]);
    expect(syncs).toHaveBeenCalledTimes(1);
    const targets = written.values.find((w) => w.where.startsWith("PacecarTargets!"));
    // Ana's line is gone and Ana Diaz's has the same 12 deals and 30000 revenue.
    expect(targets?.values).toEqual([
      ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
      ["2025-03", "", "", "", 130, ""],
      ["2025-03", "Ana Diaz", "internet", "Internet", 12, 30000],
    ]);
    expect(written.values.find((w) => /!M1\b/.test(w.where))?.values).toEqual([
      ["Name", "Aliases", "Retired From"],
      ["Ana Diaz", "Ana", ""],
    ]);
    expect(written.tablesAdded.map((t) => t.values[0])).toEqual([["Name", "Aliases", "Retired From"]]);
  });

  it("retiring rewrites the existing table in place (one sync), names as text", async () => {
    const { syncs, written } = mockExcel([
      { name: "Deals", values: deals },
      targetsTable,
      channelsTable,
      salespeopleTable,
    ]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    syncs.mockClear();
    await port.writeTargetRows([], undefined, [{ name: "=Bo", aliases: [], retiredFrom: "2025-04" }]);
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(written.tablesAdded).toEqual([]);
    expect(written.values.find((w) => w.where.startsWith("PacecarSalespeople!"))?.values).toEqual([
      ["Name", "Aliases", "Retired From"],
      ["'=Bo", "", "2025-04"],
    ]);
  });
});

describe("a deal log kept as a plain range", () => {
  const mapped = (table: string) =>
    memorySettings({
      [DEAL_LOG_MAPPING_SETTING]: JSON.stringify({ table, kind: "range", columns: { soldDate: "Sold Date" } }),
    });
  // The export sits in A1:G3 of its sheet; an address like A1:M5000 reads blank cells around it, which are dropped at the end.
  const padded = deals.map((r) => [...r, "", "", "", "", "", ""]);

  it.each([
    // reference, rows read back, syncs: an address with rows at both ends is read in the pane's two syncs; a size to learn costs one more.
    ["'DMS Export'!A1:M5000", padded, ["A1:M5000"], 2],
    ["'DMS Export'!$A$1:$G$3", deals, ["A1:G3"], 2],
    ["DMS Export", deals, ["A1:G3"], 3],
    ["'DMS Export'!A:G", deals, ["A1:G3"], 3],
    ["DealRange", deals, ["A1:G3"], 3],
  ])("reads %s", async (reference, rows, reads, syncCount) => {
    const { syncs, rangeReads } = mockExcel([targetsTable, channelsTable], {
      plainSheets: { "DMS Export": deals },
      namedRanges: { DealRange: "'DMS Export'!A1:G3" },
    });
    const snapshot = await new OfficeWorkbook({ ...fast, settings: mapped(reference) }).readSnapshot();
    expect(snapshot.dealLog).toEqual({ source: reference, rows });
    expect(snapshot.dealLogMapping).toEqual({ table: reference, kind: "range", columns: { soldDate: "Sold Date" } });
    expect(rangeReads).toEqual(reads);
    expect(syncs).toHaveBeenCalledTimes(syncCount);
    // Targets and channels come in the same first sync.
    expect(snapshot.channels).toEqual([{ id: "internet", name: "Internet", activeFrom: "", retiredFrom: "" }]);
  });

  it("reads 45,000 rows in 20,000-row chunks queued in one sync", async () => {
    const big: Rows = [
      header,
      ...Array.from({ length: 45_000 }, (_, i) => [
        `N${String(i)}`,
        45000 + (i % 700),
        "Ana",
        "Internet",
        "New",
        1000,
        500,
      ]),
    ];
    const { syncs, rangeReads } = mockExcel([], { plainSheets: { Export: big } });
    const snapshot = await new OfficeWorkbook({ ...fast, settings: mapped("Export!A1:G45001") }).readSnapshot();
    expect(rangeReads).toEqual(["A1:G20000", "A20001:G40000", "A40001:G45001"]);
    expect(snapshot.dealLog?.rows).toEqual(big);
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["a sheet that is gone", "Gone!A1:M50"],
    ["a range without a deal log header", "Budget!A1:B2"],
  ])("falls back to the Deals table when the mapping names %s (and drops the mapping)", async (_, reference) => {
    mockExcel([{ name: "Deals", values: deals }], {
      plainSheets: {
        Budget: [
          ["Month", "Units"],
          ["2025-03", 4],
        ],
      },
    });
    const snapshot = await new OfficeWorkbook({ ...fast, settings: mapped(reference) }).readSnapshot();
    expect(snapshot.dealLog?.source).toBe("Deals");
    expect(snapshot.dealLogMapping).toBeNull();
  });

  it.each([
    ["'DMS Export'!A1:M5000", ["A1:M1"], [...header, "", "", "", "", "", ""]],
    ["DMS Export", ["A1:G1"], header],
  ])("reads only the header row of %s to detect its columns", async (reference, reads, row) => {
    const { rangeReads } = mockExcel([], { plainSheets: { "DMS Export": deals } });
    await expect(new OfficeWorkbook(fast).readRangeHeader(reference)).resolves.toEqual({
      name: reference,
      header: row,
    });
    expect(rangeReads).toEqual(reads);
  });

  it.each(["Nowhere", "Nowhere!A1:B2", "!!"])("has no header for %j", async (reference) => {
    mockExcel([], { plainSheets: { "DMS Export": deals } });
    await expect(new OfficeWorkbook(fast).readRangeHeader(reference)).resolves.toBeNull();
  });
});

// The mock's tables don't change when written, so what follows a repair is tested on the stateful fake (officeWorkbookFake.test.ts).
describe("the sheet edited while the pane saves", () => {
  /** Someone types in PacecarTargets after the pane read it: the mock's table holds their cells from now on. */
  function typeInSheet(mock: ReturnType<typeof mockExcel>["mock"], index: number, values: Rows) {
    const table = mock.context.workbook.store[`t${String(index)}`] as unknown as { range: { values: Rows } };
    table.range.values = values;
  }
  const edited = (deals: number): Rows =>
    targetsTable.values.map((r) => (r[1] === "Ana" ? [...r.slice(0, 4), deals, r[5] ?? ""] : [...r]));
  const anaKey = "2025-03|ana|internet";

  it("doesn't overwrite a box typed in the sheet after the pane read it: the sheet's number stays and comes back as a conflict", async () => {
    const { mock, written } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    typeInSheet(mock, 1, edited(14));
    const typed = { ...row("Ana", "internet", 9), revenue: 30000 };
    const result = await port.writeTargetRows(
      [typed],
      undefined,
      undefined,
      new Map([[anaKey, [{ deals: 12, revenue: 30000 }]]])
    );
    const last = written.values.filter((w) => w.where.startsWith("PacecarTargets!")).at(-1);
    expect(last?.values).toContainEqual(["2025-03", "Ana", "internet", "Internet", 14, 30000]);
    expect(result.conflicts).toEqual([{ typed, sheet: { ...typed, deals: 14 } }]);
    expect(result.rows).toContainEqual({ ...typed, deals: 14 });
  });

  it("writes in one sync when the sheet is as the pane read it", async () => {
    const { syncs } = mockExcel([{ name: "Deals", values: deals }, targetsTable, channelsTable]);
    const port = new OfficeWorkbook(fast);
    await port.readSnapshot();
    syncs.mockClear();
    const result = await port.writeTargetRows(
      [{ ...row("Ana", "internet", 9), revenue: 30000 }],
      undefined,
      undefined,
      new Map([[anaKey, [{ deals: 12, revenue: 30000 }]]])
    );
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(result.conflicts).toEqual([]);
  });
});
