import { parseNumberText } from "../../src/core/dealLog";
import { parseNumberText as fromArgs } from "../../src/functions/args";

// Each expected value is the amount a GSM reads in the cell, worked by hand.
it.each([
  ["1250", 1250],
  ["1,250", 1250],
  [" 12 ", 12],
  ["$1,234.50", 1234.5],
  ["(300)", -300],
  ["($1,234.50)", -1234.5],
  ["-45", -45],
  ["-$45", -45],
  ["1e3", 1000],
  [".5", 0.5],
  ["0", 0],
])("reads %j as %p", (text, expected) => {
  expect(parseNumberText(text)).toBe(expected);
});

it.each(["", "  ", "TBD", "#N/A", "n/a", "12abc", "$", "()", "0x1A", "1.2.3"])("does not read %j as a number", (text) => {
  expect(parseNumberText(text)).toBeNull();
});

it("is the same function the custom functions' argument coercion uses", () => {
  expect(fromArgs).toBe(parseNumberText);
});
