import { MemoryWorkbook, type MemoryWorkbookState } from "../../src/excel/memoryWorkbook";
import { safeCellText } from "../../src/excel/cellText";
import { targetsFromRows } from "../../src/excel/targetRows";

it("replaces a target with the same month, scope and name, and adds others", async () => {
  const wb = new MemoryWorkbook(null, [{ month: "2025-03", scope: "Store", name: "", target: 130 }]);
  await wb.writeTarget({ month: "2025-03", scope: "Store", name: "", target: 140 });
  await wb.writeTarget({ month: "2025-04", scope: "Store", name: "", target: 120 });
  const { targets } = await wb.readSnapshot();
  expect(targets).toEqual([
    { month: "2025-03", scope: "Store", name: "", target: 140 },
    { month: "2025-04", scope: "Store", name: "", target: 120 },
  ]);
});

it.each([
  ["=SUM(A1)", "'=SUM(A1)"],
  ["+1 555", "'+1 555"],
  ["-Ana", "'-Ana"],
  ["@home", "'@home"],
  ["Ana Ruiz", "Ana Ruiz"],
  ["", ""],
])("writes user text %j as text: %j", (text, written) => {
  expect(safeCellText(text)).toBe(written);
});

it.each([
  ["a text month", [["2025-03", "Store", "", 130]], [{ month: "2025-03", scope: "Store", name: "", target: 130 }]],
  // 45731 = DATE(2025,3,15): a month typed as a date lands on its month.
  [
    "a date typed as the month",
    [[45731, "store", "", "130"]],
    [{ month: "2025-03", scope: "Store", name: "", target: 130 }],
  ],
  ["a blank target", [["2025-03", "Store", "", ""]], []],
  ["an unknown scope", [["2025-03", "Region", "", 10]], []],
  ["text in the target", [["2025-03", "Store", "", "lots"]], []],
  ["money text", [["2025-03", "Store", "", "$1,250"]], [{ month: "2025-03", scope: "Store", name: "", target: 1250 }]],
  // "(300)" is accounting text for −300: a negative target is skipped, as is a hex-looking string.
  [
    "a negative target",
    [
      ["2025-03", "Store", "", "(300)"],
      ["2025-03", "Store", "", -5],
    ],
    [],
  ],
  ["hex-looking text", [["2025-03", "Store", "", "0x1A"]], []],
])("reads targets rows: %s", (_, rows, expected) => {
  expect(targetsFromRows(rows)).toEqual(expected);
});

describe("the targets side in memory", () => {
  const row = (salesperson: string, channelId: string, deals: number | null) => ({
    month: "2025-03",
    salesperson,
    channelId,
    channel: channelId === "web" ? "Internet" : "",
    deals,
    revenue: null,
  });

  it("keeps target rows in PacecarTargets and their channels in PacecarChannels, readable as tables", async () => {
    const wb = new MemoryWorkbook(null, [row("Ana", "web", 5)]);
    await wb.writeTargetRows([row("Bo", "web", 4), row("Ana", "web", null)]);
    const tables = await wb.readTables(["PacecarTargets", "PacecarChannels"]);
    expect(tables.PacecarTargets?.rows).toEqual([
      ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
      ["2025-03", "Bo", "web", "Internet", 4, ""],
    ]);
    expect(tables.PacecarChannels?.rows).toEqual([
      ["ID", "Name", "Active From", "Retired From"],
      ["web", "Internet", "", ""],
    ]);
  });

  it("tells listeners when the table is edited in the sheet, and reads the edit back", async () => {
    const wb = new MemoryWorkbook(null, [row("Ana", "web", 5)]);
    const heard: string[] = [];
    await wb.onTablesChanged(["PacecarTargets"], (name) => heard.push(name));
    wb.editTable("PacecarTargets", [
      ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
      ["2025-03", "Ana", "web", "Internet", 9, ""],
    ]);
    expect(heard).toEqual(["PacecarTargets"]);
    expect((await wb.readTargets()).rows).toEqual([row("Ana", "web", 9)]);
  });

  it("refuses writes while locked, and unlocks only with the password", async () => {
    const wb = new MemoryWorkbook(null, [row("Ana", "web", 5)]);
    await wb.setTargetsLocked(true, "gsm");
    await expect(wb.writeTargetRows([row("Ana", "web", 6)])).rejects.toThrow("locked");
    await expect(wb.setTargetsLocked(false, "nope")).rejects.toThrow("password");
    await wb.setTargetsLocked(false, "gsm");
    await wb.writeTargetRows([row("Ana", "web", 6)]);
    expect((await wb.readSnapshot()).targetRows).toEqual([row("Ana", "web", 6)]);
  });

  it("gives back its state to keep and restores it in a fresh workbook (the preview across a reload)", async () => {
    const wb = new MemoryWorkbook(null, [row("Ana", "web", 5)]);
    const changes: number[] = [];
    wb.onStateChanged(() => changes.push(1));
    await wb.writeTargetRows([row("Bo", "web", 7)]);
    await wb.saveDealLogMapping({ table: "Deals", columns: { soldDate: "Sold Date" } });
    const fresh = new MemoryWorkbook(null, [row("Ana", "web", 5)]);
    fresh.restore(JSON.parse(JSON.stringify(await wb.state())) as Awaited<ReturnType<MemoryWorkbook["state"]>>);
    const snapshot = await fresh.readSnapshot();
    expect(snapshot.targetRows).toEqual([row("Ana", "web", 5), row("Bo", "web", 7)]);
    expect(snapshot.dealLogMapping).toEqual({ table: "Deals", columns: { soldDate: "Sold Date" } });
    expect(changes).toHaveLength(2);
  });
});

describe("tables the pane writes, in memory", () => {
  it("keeps a table the pane wrote (programs, budget, …) through a save and restore, and says it changed", async () => {
    const wb = new MemoryWorkbook(
      null,
      [],
      [],
      [
        {
          source: "PacecarBudget",
          rows: [
            ["Metric", "Budget"],
            ["New units", 60],
          ],
        },
      ]
    );
    const changes: number[] = [];
    wb.onStateChanged(() => changes.push(1));
    await wb.writeTable({
      name: "PacecarBudget",
      sheetName: "Budget",
      header: ["Metric", "Budget"],
      rows: [["New units", 72]],
    });
    await wb.writeTable({
      name: "PacecarPrograms",
      sheetName: "Pacecar Programs",
      header: ["Program"],
      rows: [["Trucks"]],
    });
    // The demo's own tables come from the demo again on reload: only what the pane wrote is kept.
    const fresh = new MemoryWorkbook(
      null,
      [],
      [],
      [
        {
          source: "PacecarBudget",
          rows: [
            ["Metric", "Budget"],
            ["New units", 60],
          ],
        },
      ]
    );
    fresh.restore(JSON.parse(JSON.stringify(await wb.state())) as MemoryWorkbookState);
    const read = await fresh.readTables(["PacecarBudget", "PacecarPrograms"]);
    expect(read.PacecarBudget?.rows).toEqual([
      ["Metric", "Budget"],
      ["New units", 72],
    ]);
    expect(read.PacecarPrograms?.rows).toEqual([["Program"], ["Trucks"]]);
    expect(changes).toHaveLength(2);
  });
});

describe("salespeople in memory", () => {
  it("keeps renamed and retired salespeople through a save and restore (the preview's reload)", async () => {
    const port = new MemoryWorkbook(null, [
      { month: "2025-03", salesperson: "Ana", channelId: "", channel: "", deals: 12, revenue: null },
    ]);
    await port.writeTargetRows(
      [
        { month: "2025-03", salesperson: "Ana", channelId: "", channel: "", deals: null, revenue: null },
        { month: "2025-03", salesperson: "Ana Diaz", channelId: "", channel: "", deals: 12, revenue: null },
      ],
      undefined,
      [
        { name: "Ana Diaz", aliases: ["Ana"], retiredFrom: "" },
        { name: "Bo", aliases: [], retiredFrom: "2025-04" },
      ]
    );
    const again = new MemoryWorkbook(null);
    again.restore(JSON.parse(JSON.stringify(await port.state())) as MemoryWorkbookState);
    const snapshot = await again.readSnapshot();
    expect(snapshot.salespeople).toEqual([
      { name: "Ana Diaz", aliases: ["Ana"], retiredFrom: "" },
      { name: "Bo", aliases: [], retiredFrom: "2025-04" },
    ]);
    expect(snapshot.targetRows).toEqual([
      { month: "2025-03", salesperson: "Ana Diaz", channelId: "", channel: "", deals: 12, revenue: null },
    ]);
  });
});

describe("a deal log kept as a plain range, in memory as in Excel", () => {
  const rows = [
    ["Sold Date", "Sales Person", "Lead Source"],
    [45723, "Ana", "Internet"],
    [45724, "Bo", "Walk-in"],
  ];
  const port = () => {
    const p = new MemoryWorkbook({ source: "Deals", rows: [["Sold Date"], [45000]] });
    p.addSheet("DMS Export", [...rows, ["", "", ""]]);
    p.defineName("DealRange", "'DMS Export'!A1:B3");
    return p;
  };

  it.each([
    // reference → rows read (blank rows at the end dropped; an address wider than the data reads blank cells)
    ["'DMS Export'!A1:D500", rows.map((r) => [...r, ""])],
    ["DMS Export", rows],
    ["'DMS Export'!A:C", rows],
    ["DealRange", rows.map((r) => r.slice(0, 2))],
  ])("reads %s once mapped", async (reference, read) => {
    const p = port();
    await expect(p.readRangeHeader(reference)).resolves.toEqual({ name: reference, header: read[0] });
    await p.saveDealLogMapping({ table: reference, kind: "range", columns: { soldDate: "Sold Date" } });
    const snapshot = await p.readSnapshot();
    expect(snapshot.dealLog).toEqual({ source: reference, rows: read });
    expect(snapshot.dealLogMapping?.kind).toBe("range");
  });

  it("falls back to the deal log table, without the mapping, when the range is gone", async () => {
    const p = port();
    await p.saveDealLogMapping({ table: "Gone!A1:B9", kind: "range", columns: { soldDate: "Sold Date" } });
    const snapshot = await p.readSnapshot();
    expect(snapshot.dealLog?.source).toBe("Deals");
    expect(snapshot.dealLogMapping).toBeNull();
    await expect(p.readRangeHeader("Nowhere")).resolves.toBeNull();
  });
});
