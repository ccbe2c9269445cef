/* The Budget view's pure helpers: what a typed box means, how a value reads, and the table written back. */
import fc from "fast-check";
import {
  amountOfText,
  amountText,
  budgetTableWrite,
  formatAmount,
  formatVariance,
  withCell,
} from "../../../src/taskpane/budget/budgetViewModel";

describe("amountOfText: what the GSM typed", () => {
  it.each([
    ["66600", 66600],
    ["$66,600", 66600],
    [" 1,800 ", 1800],
    ["", ""],
    ["   ", ""],
    ["66.6k", null],
    ["-5", null],
    ["abc", null],
  ])("%j → %j", (text, amount) => {
    expect(amountOfText(text)).toBe(amount);
  });

  it("property: a number shown in a box reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(amountOfText(amountText(n))).toBe(n);
      })
    );
  });
});

describe("formatAmount and formatVariance", () => {
  it.each([
    [187200, true, "$187,200", "+$187,200"],
    [-2400.4, true, "−$2,400", "−$2,400"],
    [3, false, "3", "+3"],
    [0.2, false, "0", "0"],
    [null, true, "–", "–"],
  ])("%p (money %p)", (x, money, amount, variance) => {
    expect(formatAmount(x, money)).toBe(amount);
    expect(formatVariance(x, money)).toBe(variance);
  });
});

describe("withCell and budgetTableWrite", () => {
  const rows = [
    ["Metric", "Kind", "Budget", "Actual MTD"],
    ["New units", "total", 63, ""],
    ["Ad spend", "total", 60000],
  ];

  it("replaces one cell and leaves the rest (and the original) alone", () => {
    const next = withCell(rows, 1, 2, 70);
    expect(next[1]).toEqual(["New units", "total", 70, ""]);
    expect(next[2]).toBe(rows[2]);
    expect(rows[1]?.[2]).toBe(63);
  });

  it("pads a short row to reach the column", () => {
    expect(withCell(rows, 2, 3, 19460)[2]).toEqual(["Ad spend", "total", 60000, 19460]);
  });

  it("writes the table under its own header", () => {
    expect(budgetTableWrite(rows)).toEqual({
      name: "PacecarBudget",
      sheetName: "Budget",
      header: ["Metric", "Kind", "Budget", "Actual MTD"],
      rows: rows.slice(1),
    });
  });
});
