/* The first screen's numbers come from the core; these cases pin what the GSM sees when the workbook isn't ready. */
import { dateToSerial } from "../../src/core/calendar";
import { firstScreen, storeTarget } from "../../src/taskpane/firstScreen";
import type { WorkbookSnapshot } from "../../src/excel/workbookPort";

const asOf = dateToSerial(2025, 3, 10);
const header = ["Stock #", "Sold Date", "Sales Person"];

function snapshot(rows: (string | number)[][] | null, targets: WorkbookSnapshot["targets"] = []): WorkbookSnapshot {
  return { dealLog: rows ? { source: "Deals", rows } : null, targets, holidays: [] };
}

it("says where to put the deal log when the workbook has none", () => {
  expect(firstScreen(snapshot(null), asOf)).toEqual({
    problem: "No deal log found. Add your DMS export as an Excel table named Deals (with a Sold Date column).",
  });
});

it("names the table and the reader's message when the header isn't a deal log", () => {
  const screen = firstScreen(
    snapshot([
      ["Month", "Units"],
      ["2025-03", 12],
    ]),
    asOf
  );
  expect("problem" in screen && screen.problem.startsWith("Deals: ")).toBe(true);
});

it("counts the month so far and uses the saved store target", () => {
  // 3/3 and 3/10 are in the month through the 10th; 2/28 is last month; 3/11 is after as_of.
  const rows = [
    header,
    ["N1", dateToSerial(2025, 2, 28), "Ana"],
    ["N2", dateToSerial(2025, 3, 3), "Ana"],
    ["N3", dateToSerial(2025, 3, 10), "Bo"],
    ["N4", dateToSerial(2025, 3, 11), "Bo"],
    ["", "", ""],
  ];
  const targets = [{ month: "2025-03", scope: "Store" as const, name: "", target: 26 }];
  const screen = firstScreen(snapshot(rows, targets), asOf);
  if ("problem" in screen) throw new Error(screen.problem);
  expect(screen.month.mtd).toBe(2);
  // March 2025, Sundays closed: 26 selling days, 8 through the 10th; target 26 → expected 8, pace 2/8.
  expect(screen.month.expectedToDate).toBe(8);
  expect(screen.month.pace).toBe(0.25);
  expect(screen.skipped.blank).toBe(1);
  // Two months of history are too few to learn from: the projection falls back to the straight line.
  expect("unavailable" in screen.projection ? null : screen.projection.method).toBe("trend-fallback");
});

it("finds the store target for the month and nothing for others", () => {
  const s = snapshot(null, [
    { month: "2025-03", scope: "Salesperson", name: "Ana", target: 20 },
    { month: "2025-03", scope: "Store", name: "", target: 130 },
  ]);
  expect(storeTarget(s, "2025-03")).toBe(130);
  expect(storeTarget(s, "2025-04")).toBeNull();
});
