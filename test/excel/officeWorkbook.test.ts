/*
 * The Office.js adapter against office-addin-mock: it must find the deal log, read it and the
 * targets in two syncs (never one per table), and write targets safely.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { CellValue } from "../../src/excel/workbookPort";

type Rows = CellValue[][];

interface MockTable {
  name: string;
  values: Rows;
}

/** A mock workbook whose tables live in the mock's tree, so the mock's sync resolves their loads. */
function mockExcel(tables: MockTable[]) {
  const store: Record<string, unknown> = {};
  const chunkReads: number[] = [];
  tables.forEach((t, i) => {
    const body = t.values.slice(1);
    store[`t${i}`] = {
      name: t.name,
      header: { values: t.values.slice(0, 1) },
      body: {
        values: body,
        rowCount: body.length,
        columnCount: t.values[0]?.length ?? 0,
        // A block of body rows, as getCell(row, 0).getResizedRange(rows - 1, cols - 1) gives it.
        getCell: (row: number, col: number) => ({
          getResizedRange: (dRows: number, dCols: number) => {
            chunkReads.push(dRows + 1);
            const values = body.slice(row, row + dRows + 1).map((r) => r.slice(col, col + dCols + 1));
            return { values, load: () => ({ values }) };
          },
        }),
      },
      getHeaderRowRange() {
        return (this as { header: unknown }).header;
      },
      getDataBodyRange() {
        return (this as { body: unknown }).body;
      },
    };
  });
  const data = {
    context: {
      workbook: {
        store,
        tables: {
          load(this: { items: OfficeMockObject[] }, what: string) {
            // Office.js loads "items/name" on a collection; the mock has no collections, so do it per item.
            if (what === "items/name") this.items.forEach((item) => item.load("name"));
          },
        },
      },
    },
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { sync: () => Promise<void>; workbook: { store: Record<string, OfficeMockObject>; tables: { items: OfficeMockObject[] } } };
  };
  mock.context.workbook.tables.items = tables.map((_, i) => mock.context.workbook.store[`t${i}`] as OfficeMockObject);
  const syncs = jest.spyOn(mock.context, "sync");
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return { mock, syncs, chunkReads };
}

const header: CellValue[] = ["Stock #", "Sold Date", "Sales Person", "Lead Source", "New/Used", "Front Gross", "Back Gross"];
const deals: Rows = [header, ["N1", 45723, "Ana", "Internet", "New", 1200, 900], ["U2", 45724, "Bo", "Walk-in", "Used", 2100, 0]];
const isDealLogHeader = (h: readonly CellValue[]) => h.some((c) => String(c).toLowerCase().replace(/\W/g, "") === "solddate");

it.each([
  ["a table named Deals", [{ name: "Budget", values: [["Month", "Units"]] }, { name: "Deals", values: deals }], "Deals"],
  ["the only table with a sold-date header", [{ name: "Budget", values: [["Month", "Units"]] }, { name: "Table3", values: deals }], "Table3"],
])("finds the deal log as %s, in three syncs", async (_, tables, source) => {
  const { syncs } = mockExcel(tables);
  const snapshot = await new OfficeWorkbook({ isDealLogHeader }).readSnapshot();
  expect(snapshot.dealLog?.source).toBe(source);
  expect(snapshot.dealLog?.rows).toEqual(deals);
  expect(syncs).toHaveBeenCalledTimes(3);
});

it("reads a 45,000-row deal log in 20,000-row chunks, all in one sync", async () => {
  const big: Rows = [header, ...Array.from({ length: 45_000 }, (_, i) => [`N${i}`, 45000 + (i % 700), "Ana", "Internet", "New", 1000, 500])];
  const { syncs, chunkReads } = mockExcel([{ name: "Deals", values: big }]);
  const snapshot = await new OfficeWorkbook({ isDealLogHeader }).readSnapshot();
  // 45,000 = 20,000 + 20,000 + 5,000: Excel on the web caps each response at 5 MB.
  expect(chunkReads).toEqual([20_000, 20_000, 5_000]);
  expect(snapshot.dealLog?.rows).toEqual(big);
  expect(syncs).toHaveBeenCalledTimes(3);
});

it("reads targets and holidays in the same three syncs, however many tables there are", async () => {
  const many = Array.from({ length: 20 }, (_, i) => ({ name: `Other${i}`, values: [["A", "B"], [1, 2]] as Rows }));
  const { syncs } = mockExcel([
    ...many,
    { name: "Deals", values: deals },
    { name: "PacecarTargets", values: [["Month", "Scope", "Name", "Target"], ["2025-03", "Store", "", 130], [45717, "Salesperson", "Ana", 20]] },
    { name: "Holidays", values: [["Date"], [45771], [""]] },
  ]);
  const snapshot = await new OfficeWorkbook({ isDealLogHeader }).readSnapshot();
  expect(syncs).toHaveBeenCalledTimes(3);
  // 45717 is 2025-03-01 (DATE(2025,3,1)) typed as a date by hand: read back as the month "2025-03".
  expect(snapshot.targets).toEqual([
    { month: "2025-03", scope: "Store", name: "", target: 130 },
    { month: "2025-03", scope: "Salesperson", name: "Ana", target: 20 },
  ]);
  expect(snapshot.holidays).toEqual([45771]);
});

it("returns no deal log when no table has a sold-date header", async () => {
  mockExcel([{ name: "Budget", values: [["Month", "Units"]] }]);
  const snapshot = await new OfficeWorkbook({ isDealLogHeader }).readSnapshot();
  expect(snapshot.dealLog).toBeNull();
  expect(snapshot.targets).toEqual([]);
});

/** A mock for writes: the targets table exists with `body`, or doesn't (null object). */
function mockTargetsTable(body: Rows | null) {
  const added: Rows[] = [];
  const cellWrites: { row: number; col: number; values: unknown }[] = [];
  const created: string[] = [];
  const table = {
    isNullObject: body === null,
    body: { values: body ?? [] },
    getDataBodyRange() {
      return (this as { body: unknown }).body;
    },
    rows: { add: (_index: unknown, values: Rows) => added.push(values) },
  };
  const data = {
    context: {
      workbook: {
        target: table,
        tables: {
          getItemOrNullObject(this: unknown, name: string) {
            expect(name).toBe("PacecarTargets");
            return (mock.context.workbook as unknown as { target: unknown }).target;
          },
          add: (address: string) => {
            created.push(address);
            return { name: "", rows: { add: (_index: unknown, values: Rows) => added.push(values) } };
          },
        },
        worksheets: {
          add: (name: string) => {
            created.push(name);
            return { getRange: () => ({ values: null, numberFormat: null }) };
          },
        },
      },
    },
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: { sync: () => Promise<void>; workbook: { target: { body: { getCell: unknown } } } } };
  mock.context.workbook.target.body.getCell = (row: number, col: number) => {
    const cell = { set values(v: unknown) { cellWrites.push({ row, col, values: v }); } };
    return cell;
  };
  const syncs = jest.spyOn(mock.context, "sync");
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return { added, cellWrites, created, syncs };
}

it("updates the matching target row in place", async () => {
  const w = mockTargetsTable([["2025-03", "Store", "", 130], ["2025-03", "Salesperson", "Ana", 20]]);
  await new OfficeWorkbook({ isDealLogHeader }).writeTarget({ month: "2025-03", scope: "Salesperson", name: "ana ", target: 24 });
  expect(w.cellWrites).toEqual([{ row: 1, col: 3, values: [[24]] }]);
  expect(w.added).toEqual([]);
  expect(w.syncs).toHaveBeenCalledTimes(3);
});

it("adds a row for a new target, writing a name that starts with = as text", async () => {
  const w = mockTargetsTable([["2025-03", "Store", "", 130]]);
  await new OfficeWorkbook({ isDealLogHeader }).writeTarget({ month: "2025-03", scope: "Channel", name: "=HYPERLINK(1)", target: 12 });
  expect(w.added).toEqual([[["2025-03", "Channel", "'=HYPERLINK(1)", 12]]]);
});

it("creates the targets sheet and table on the first save", async () => {
  const w = mockTargetsTable(null);
  await new OfficeWorkbook({ isDealLogHeader }).writeTarget({ month: "2025-04", scope: "Store", name: "", target: 140 });
  expect(w.created).toEqual(["Pacecar Targets", "'Pacecar Targets'!A1:D1"]);
  expect(w.added).toEqual([[["2025-04", "Store", "", 140]]]);
  expect(w.syncs).toHaveBeenCalledTimes(2);
});
