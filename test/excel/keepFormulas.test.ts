/* Saving a pane-kept table over a GSM's own formulas: a formula stays where the pane writes back the value it gives. */
import { keepFormulas } from "../../src/excel/keepFormulas";

it.each([
  ["the same value: the formula stays", [[60]], [[60]], [["=Plan!B2"]], [["=Plan!B2"]]],
  ["a changed value replaces the formula", [[72]], [[60]], [["=Plan!B2"]], [[72]]],
  ["a plain cell is written as given", [["New units"]], [["New units"]], [["New units"]], [["New units"]]],
  ["text equal to a formula's text result keeps the formula", [["Q4"]], [["Q4"]], [['="Q"&4']], [['="Q"&4']]],
  ["a number and its text are not the same value", [["60"]], [[60]], [["=Plan!B2"]], [["60"]]],
  ["rows beyond the old table are new", [[1], [2]], [[1]], [["=A1"]], [["=A1"], [2]]],
])("%s", (_, rows, oldValues, oldFormulas, expected) => {
  expect(keepFormulas(rows, oldValues, oldFormulas)).toEqual(expected);
});
