import { formatChance, formatMonth, formatOneDecimal, formatPercent, formatUnits } from "../../src/taskpane/format";

it.each([
  [0, "0%"],
  [0.004, "<1%"],
  [0.5, "50%"],
  [0.996, ">99%"],
  [1, "100%"],
  [null, "–"],
])("chance %p reads %s", (p, text) => {
  expect(formatChance(p)).toBe(text);
});

it.each([
  [formatUnits(1234.4), "1,234"],
  [formatOneDecimal(117), "117.0"],
  [formatPercent(0.904), "90%"],
  [formatMonth("2025-03"), "March 2025"],
])("formats %s as %s", (got, want) => {
  expect(got).toBe(want);
});
