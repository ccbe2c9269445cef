/*
 * Named tables through Office.js (officeTables.ts), against office-addin-mock: reading any number of
 * tables takes two syncs, a write two, user text is never written as a formula, and change handlers
 * are added to the tables that exist.
 */
import { OfficeMockObject } from "office-addin-mock";
import { onOfficeTablesChanged, readOfficeTables, writeOfficeTable } from "../../src/excel/officeTables";
import type { CellValue } from "../../src/excel/workbookPort";

type Rows = CellValue[][];

interface Recorded {
  sheetsAdded: string[];
  tablesAdded: { address: string; values: unknown; name: string }[];
  bodyWrites: unknown[];
  resizedTo: number[];
  cleared: number;
  handlers: string[];
}

/** A mock workbook holding `tables` (name → rows, header first); `asked` are the names the code will look up. */
function mockContext(tables: Record<string, Rows>, asked: string[], formulas: Record<string, unknown[][]> = {}) {
  const rec: Recorded = { sheetsAdded: [], tablesAdded: [], bodyWrites: [], resizedTo: [], cleared: 0, handlers: [] };
  const tableObject = (name: string) => {
    const rows = Object.entries(tables).find(([n]) => n.toLowerCase() === name.toLowerCase());
    const header = {
      // header.getOffsetRange(1, 0).getResizedRange(n - 1, 0) is where the new rows go; header.getResizedRange(n, 0) the new table.
      getOffsetRange: () => ({
        getResizedRange: () => {
          const target = {};
          Object.defineProperty(target, "formulas", { set: (v: unknown) => rec.bodyWrites.push(v) });
          return target;
        },
      }),
      getResizedRange: (dRows: number) => ({ rowCount: dRows + 1 }),
    };
    return {
      isNullObject: rows === undefined,
      name: rows?.[0] ?? name,
      range: { values: rows?.[1] ?? [] },
      // The body's formulas are its values unless the test gives formulas (a GSM's own formula in a cell).
      body: {
        values: rows?.[1].slice(1) ?? [],
        formulas: (formulas[name] ?? rows?.[1])?.slice(1) ?? [],
        clear: () => rec.cleared++,
      },
      getRange() {
        return (this as { range: unknown }).range;
      },
      getDataBodyRange() {
        return (this as { body: unknown }).body;
      },
      getHeaderRowRange: () => header,
      resize: (range: { rowCount: number }) => rec.resizedTo.push(range.rowCount),
      onChanged: { add: () => (rec.handlers.push(rows?.[0] ?? name), { remove: () => undefined }) },
    };
  };
  // The mock resolves loads only on objects in its tree: every table the code asks for is there, missing ones as null objects.
  const tree: Record<string, unknown> = {};
  for (const name of asked) tree[name.toLowerCase()] = tableObject(name);
  const data = {
    context: {
      workbook: {
        tables: {
          ...tree,
          getItemOrNullObject(this: Record<string, unknown>, name: string) {
            return this[name.toLowerCase()];
          },
          add: (range: { address: string; values: unknown }) => {
            const added = { address: range.address, values: range.values, name: "" };
            rec.tablesAdded.push(added);
            return added;
          },
        },
        // No named ranges here (officeTablesNamedRange.test.ts has them): every name is a null object.
        names: {
          ...Object.fromEntries(asked.map((n) => [n.toLowerCase(), { isNullObject: true, name: n }])),
          getItemOrNullObject(this: Record<string, unknown>, name: string) {
            return this[name.toLowerCase()];
          },
        },
        worksheets: {
          add: (name: string) => {
            rec.sheetsAdded.push(name);
            return {
              getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => ({
                address: `${name}!R${r}C${c}:${rows}x${cols}`,
                values: undefined,
              }),
            };
          },
        },
      },
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: Excel.RequestContext & { sync: () => Promise<void> };
  };
  const syncs = jest.spyOn(mock.context, "sync");
  // writeOfficeTable names Excel.ClearApplyTo.contents; the mock has no enums.
  (globalThis as unknown as { Excel: unknown }).Excel = { ClearApplyTo: { contents: "Contents" } };
  return { context: mock.context, syncs, rec };
}

it("reads any number of tables in two syncs, by name without case; a missing one is null", async () => {
  const { context, syncs } = mockContext(
    {
      PacecarPrograms: [["Program"], ["Trucks Q4"]],
      TruckTiers: [
        ["Threshold", "Per unit"],
        [0.8, 200],
      ],
    },
    ["pacecarprograms", "TruckTiers", "Nope"]
  );
  const read = await readOfficeTables(context, ["pacecarprograms", "TruckTiers", "Nope"]);
  expect(read.pacecarprograms).toEqual({ source: "PacecarPrograms", rows: [["Program"], ["Trucks Q4"]] });
  expect(read.TruckTiers?.rows).toEqual([
    ["Threshold", "Per unit"],
    [0.8, 200],
  ]);
  expect(read.Nope).toBeNull();
  expect(syncs).toHaveBeenCalledTimes(2);
});

it("creates a missing table on a sheet of its own, user text kept as text, in two syncs", async () => {
  const { context, syncs, rec } = mockContext({}, ["PacecarPrograms"]);
  await writeOfficeTable(context, {
    name: "PacecarPrograms",
    sheetName: "Pacecar Programs",
    header: ["Program", "Units"],
    rows: [['=HYPERLINK("x")', 5], ["+1 trucks"]],
  });
  expect(rec.sheetsAdded).toEqual(["Pacecar Programs"]);
  expect(rec.tablesAdded[0]?.values).toEqual([
    ["Program", "Units"],
    ['\'=HYPERLINK("x")', 5],
    ["'+1 trucks", ""],
  ]);
  expect(rec.tablesAdded[0]?.name).toBe("PacecarPrograms");
  expect(syncs).toHaveBeenCalledTimes(2);
});

it.each([
  ["more rows than before", 3, 3],
  ["no rows at all (a table keeps one empty row)", 0, 1],
])("replaces an existing table's rows: %s", async (_, count, bodyRows) => {
  const { context, syncs, rec } = mockContext(
    {
      Budget: [
        ["Metric", "Budget"],
        ["Units", 120],
      ],
    },
    ["Budget"]
  );
  const rows = Array.from({ length: count }, (_, i) => [`m${i}`, i]);
  await writeOfficeTable(context, { name: "Budget", sheetName: "Budget", header: ["Metric", "Budget"], rows });
  expect(rec.cleared).toBe(1);
  expect(rec.bodyWrites).toEqual(count > 0 ? [rows] : []);
  // The resized table spans the header and the body rows.
  expect(rec.resizedTo).toEqual([bodyRows + 1]);
  expect(rec.sheetsAdded).toEqual([]);
  // Exists? → its old cells → the write.
  expect(syncs).toHaveBeenCalledTimes(3);
});

it("keeps a formula the GSM typed in the table where the pane writes back the value it gives", async () => {
  const { context, rec } = mockContext(
    {
      Budget: [
        ["Metric", "Budget"],
        ["New units", 60],
        ["Used units", 40],
      ],
    },
    ["Budget"],
    {
      Budget: [
        ["Metric", "Budget"],
        ["New units", "=Plan!B2"],
        ["Used units", "=Plan!B3"],
      ],
    }
  );
  // New units keeps its value (60) so its formula stays; Used units was changed in the pane to 45.
  await writeOfficeTable(context, {
    name: "Budget",
    sheetName: "Budget",
    header: ["Metric", "Budget"],
    rows: [
      ["New units", 60],
      ["Used units", 45],
    ],
  });
  expect(rec.bodyWrites).toEqual([
    [
      ["New units", "=Plan!B2"],
      ["Used units", 45],
    ],
  ]);
});

it("adds change handlers to the tables that exist, in two syncs", async () => {
  const { context, syncs, rec } = mockContext({ Events: [["Deal"], ["D1"]] }, ["Events", "Missing"]);
  await onOfficeTablesChanged(context, ["Events", "Missing"], () => undefined);
  expect(rec.handlers).toEqual(["Events"]);
  expect(syncs).toHaveBeenCalledTimes(2);
});
