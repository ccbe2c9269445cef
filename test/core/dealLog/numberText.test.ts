import { decimalMarkOf, parseNumberText } from "../../../src/core/dealLog";
import { parseNumberText as fromArgs } from "../../../src/functions/args";

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

it.each(["", "  ", "TBD", "#N/A", "n/a", "12abc", "$", "()", "0x1A", "1.2.3"])(
  "does not read %j as a number",
  (text) => {
    expect(parseNumberText(text)).toBeNull();
  }
);

it("is the same function the custom functions' argument coercion uses", () => {
  expect(fromArgs).toBe(parseNumberText);
});

// Report writers and other locales, each worked by hand.
it.each<[string, "." | ",", number | null]>([
  ["1,234.00-", ".", -1234],
  ["USD 1,500.25", ".", 1500.25],
  ["\u221275", ".", -75],
  ["1'234.50", ".", 1234.5],
  ["1.250,50", ",", 1250.5],
  ["1.100,00 €", ",", 1100],
  ["1\u00a0250,50 €", ",", 1250.5],
  ["(1.234,00)", ",", -1234],
  ["-300,00", ",", -300],
  ["0,5", ",", 0.5],
  ["1.000", ",", 1000],
  ["1,250", ",", 1.25],
  ["TBD", ",", null],
])("reads %j with decimal mark %j", (text, mark, expected) => {
  expect(parseNumberText(text, mark)).toBe(expected);
});

it.each<[string, "." | "," | null]>([
  ["1.234,50", ","],
  ["12,5", ","],
  ["1,234.50", "."],
  ["1250.5", "."],
  ["1,234,567", "."],
  ["1.234.567", ","],
  ["$1,234.00-", "."],
  ["(1.234,00 €)", ","],
  ["1,250", null],
  ["1.250", null],
  ["1250", null],
  ["TBD", null],
])("decimalMarkOf(%j) = %p", (text, mark) => {
  expect(decimalMarkOf(text)).toBe(mark);
});
