/* The in-memory tables behind the preview: read by name without case, written whole, edits notify listeners. */
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";

const workbook = () =>
  new MemoryWorkbook(
    null,
    [],
    [],
    [
      {
        source: "PacecarPrograms",
        rows: [
          ["Program", "Tiers"],
          ["Trucks Q4", "TruckTiers"],
        ],
      },
    ]
  );

it("reads tables by name, without case, and null for a missing one", async () => {
  const read = await workbook().readTables(["pacecarprograms", "Nope"]);
  expect(read.pacecarprograms).toEqual({
    source: "PacecarPrograms",
    rows: [
      ["Program", "Tiers"],
      ["Trucks Q4", "TruckTiers"],
    ],
  });
  expect(read.Nope).toBeNull();
});

it("writes a new table and replaces an existing one's rows", async () => {
  const wb = workbook();
  await wb.writeTable({ name: "Budget", sheetName: "Budget", header: ["Metric", "Budget"], rows: [["Units", 120]] });
  await wb.writeTable({ name: "PacecarPrograms", sheetName: "x", header: ["Program", "Tiers"], rows: [] });
  const read = await wb.readTables(["Budget", "PacecarPrograms"]);
  expect(read.Budget?.rows).toEqual([
    ["Metric", "Budget"],
    ["Units", 120],
  ]);
  expect(read.PacecarPrograms?.rows).toEqual([["Program", "Tiers"]]);
});

it("tells listeners of the tables they watch, and stops when asked", async () => {
  const wb = workbook();
  const heard: string[] = [];
  const stop = await wb.onTablesChanged(["PACECARPROGRAMS"], (name) => heard.push(name));
  wb.editTable("PacecarPrograms", [["Program", "Tiers"]]);
  wb.editTable("Other", [["A"]]);
  stop();
  wb.editTable("PacecarPrograms", [["Program", "Tiers"]]);
  expect(heard).toEqual(["PacecarPrograms"]);
});
