/* The demo store's targets as PacecarTargets lines, and the demo workbook the CLI writes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeDemoXlsx } from "../../../src/cli/demoXlsx";
import { workbookExtras } from "../../../src/cli/workbookExtras";
import { dateToSerial } from "../../../src/core/calendar";
import { cellTarget, salespersonTarget, storeTarget, targetEntries, teamTotal } from "../../../src/core/targets";
import { demoTargets } from "../../../src/demo/demoTargets";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";

const AS_OF = dateToSerial(2025, 3, 10);
const demo = demoWorkbook(AS_OF);

it("splits each salesperson's target over the channels, summing exactly to theirs, and the team to the store", () => {
  const budget = demoTargets(demo.dealership, AS_OF);
  for (const p of budget.salespeople) expect(salespersonTarget(demo.targetRows, "2025-03", p.name)).toBe(p.target);
  expect(storeTarget(demo.targetRows, "2025-03")).toBe(budget.store);
  expect(teamTotal(demo.targetRows, "2025-03")).toBe(budget.store);
  const first = budget.salespeople[0]?.name ?? "";
  for (const c of demo.channels)
    expect(Number.isInteger(cellTarget(demo.targetRows, "2025-03", first, c.id))).toBe(true);
});

it("keeps three months of targets and their store/salesperson/channel totals", () => {
  expect([...new Set(demo.targetRows.map((r) => r.month))]).toEqual(["2025-01", "2025-02", "2025-03"]);
  expect(demo.targets).toEqual(targetEntries(demo.targetRows));
  expect(demo.channels.map((c) => c.id)).toEqual([
    "walk-in",
    "internet",
    "phone",
    "referral",
    "repeat",
    "service-drive",
  ]);
});

describe("the demo .xlsx", () => {
  let dir = "";
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "pacecar-targets-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds PacecarTargets and PacecarChannels in the new layout, read back as the same targets", async () => {
    const path = join(dir, "demo.xlsx");
    await writeDemoXlsx(demo, AS_OF, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet("Pacecar Targets");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Month",
      "Salesperson",
      "Channel ID",
      "Channel",
      "Deals",
      "Revenue",
      undefined,
      "ID",
      "Name",
      "Active From",
      "Retired From",
    ]);
    expect(workbookExtras(wb).targets).toEqual(demo.targets);
    // Writing and reading a few thousand deals to .xlsx takes seconds on a busy machine.
  }, 30_000);

  it("still reads a workbook whose targets are in the old Month | Scope | Name | Target layout", () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Pacecar Targets");
    sheet.addRow(["Month", "Scope", "Name", "Target"]);
    sheet.addRow(["2025-03", "Store", "", 130]);
    sheet.addRow(["2025-03", "Salesperson", "Ana", 20]);
    expect(workbookExtras(wb).targets).toEqual([
      { month: "2025-03", scope: "Store", name: "", target: 130 },
      { month: "2025-03", scope: "Salesperson", name: "Ana", target: 20 },
    ]);
  });
});
