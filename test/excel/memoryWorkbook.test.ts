import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
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
  ["a date typed as the month", [[45731, "store", "", "130"]], [{ month: "2025-03", scope: "Store", name: "", target: 130 }]],
  ["a blank target", [["2025-03", "Store", "", ""]], []],
  ["an unknown scope", [["2025-03", "Region", "", 10]], []],
  ["text in the target", [["2025-03", "Store", "", "lots"]], []],
  ["money text", [["2025-03", "Store", "", "$1,250"]], [{ month: "2025-03", scope: "Store", name: "", target: 1250 }]],
  // "(300)" is accounting text for −300: a negative target is skipped, as is a hex-looking string.
  ["a negative target", [["2025-03", "Store", "", "(300)"], ["2025-03", "Store", "", -5]], []],
  ["hex-looking text", [["2025-03", "Store", "", "0x1A"]], []],
])("reads targets rows: %s", (_, rows, expected) => {
  expect(targetsFromRows(rows)).toEqual(expected);
});
