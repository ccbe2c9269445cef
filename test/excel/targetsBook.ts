/* The workbook the targets tests start from: a deal log and the targets sheet, in the stateful fake Excel. */
import type { CellValue } from "../../src/excel/workbookPort";
import { FakeBook } from "./fakeExcel";

/** PacecarTargets at the start: the store's March target and two salespeople's. */
export const TARGETS_START: CellValue[][] = [
  ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"],
  ["2025-03", "", "", "", 120, ""],
  ["2025-03", "Ana", "internet", "Internet", 12, 30000],
  ["2025-03", "Bo", "walk-in", "Walk-in", 8, ""],
];

/** A fresh fake workbook holding a one-deal log, TARGETS_START and the channels table beside it, installed as Excel. */
export function targetsBook(): FakeBook {
  const b = new FakeBook();
  b.addTable("Deals", [
    ["Stock #", "Sold Date", "Sales Person"],
    ["N1", 45720, "Ana"],
  ]);
  b.addTable("PacecarTargets", TARGETS_START, "Pacecar Targets");
  b.addTable(
    "PacecarChannels",
    [
      ["ID", "Name", "Active From", "Retired From"],
      ["internet", "Internet", "", ""],
      ["walk-in", "Walk-in", "", ""],
    ],
    "Pacecar Targets",
    { row: 0, col: 7 }
  );
  b.install();
  return b;
}
