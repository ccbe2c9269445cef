/*
 * The CLI's small formatters: the aligned table, numbers, chances and the reader's skip counts in
 * plain words. Expected strings are written by hand.
 */
import { formatChance, formatNumber, formatShare, formatTrend } from "../../src/cli/numberText";
import { skippedSummary } from "../../src/cli/skippedSummary";
import { formatTable } from "../../src/cli/table";

describe("formatTable", () => {
  it("pads names on the right and numbers on the left, two spaces apart, a rule under the header", () => {
    expect(
      formatTable(
        [{ header: "Name", align: "left" }, { header: "MTD" }, { header: "Chance" }],
        [
          ["Ana", "12", "40%"],
          ["Bartholomew", "7", "<1%"],
        ]
      )
    ).toEqual([
      "Name         MTD  Chance",
      "-----------  ---  ------",
      "Ana           12     40%",
      "Bartholomew    7     <1%",
    ]);
  });

  it("a short row (a section title) leaves the other columns blank and trims the trailing spaces", () => {
    expect(
      formatTable([{ header: "", align: "left" }, { header: "MTD" }], [["Salespeople"], [], ["  Ana", "3"]])
    ).toEqual(["             MTD", "-----------  ---", "Salespeople", "", "  Ana          3"]);
  });
});

describe("numbers", () => {
  it.each([
    [1234, "1,234"],
    [48, "48"],
    [1234.56, "1,234.6"],
    [0, "0"],
  ])("formatNumber(%d) = %s", (n, text) => expect(formatNumber(n)).toBe(text));

  it.each([
    [156, "156.0"],
    [22.75, "22.8"],
    [1234.5, "1,234.5"],
    [null, "—"],
  ])("formatTrend(%p) = %s", (n, text) => expect(formatTrend(n)).toBe(text));

  it.each([
    [1, "100%"],
    [0, "0%"],
    [0.384, "38%"],
    [0.996, ">99%"],
    [0.994, "99%"],
    [0.004, "<1%"],
    [0.006, "1%"],
  ])("formatChance(%d) = %s (never a rounded 0% or 100%)", (p, text) => expect(formatChance(p)).toBe(text));

  it.each([
    [0.0712, "7.1%"],
    [Number.NaN, "—"],
  ])("formatShare(%d) = %s", (x, text) => expect(formatShare(x)).toBe(text));
});

describe("skippedSummary", () => {
  const none = { blank: 0, repeatedHeader: 0, totals: 0, badDate: 0 };
  const noCells = { badNumber: 0, errorValue: 0 };
  const deals = (n: number) =>
    Array.from({ length: n }, () => ({
      soldDate: 45726,
      stockNumber: "",
      salesperson: "",
      channel: "",
      newUsed: "" as const,
      frontGross: 0,
      backGross: 0,
    }));

  it.each([
    [
      "nothing skipped",
      { deals: deals(1), rowsRead: 1, skipped: none, skippedCells: noCells },
      ["Read 1 deal from 1 row under the header.", "No rows skipped."],
    ],
    [
      "rows of every kind, singular and plural",
      {
        deals: deals(2),
        rowsRead: 8,
        skipped: { blank: 2, repeatedHeader: 1, totals: 1, badDate: 2 },
        skippedCells: noCells,
      },
      [
        "Read 2 deals from 8 rows under the header.",
        "Skipped 6 rows: 2 blank, 1 repeated header (a page break), 1 totals row, 2 rows without a readable sold date.",
      ],
    ],
    [
      "cells read as 0",
      { deals: deals(3), rowsRead: 3, skipped: none, skippedCells: { badNumber: 2, errorValue: 1 } },
      [
        "Read 3 deals from 3 rows under the header.",
        "No rows skipped.",
        "Read 3 cells of deals as 0 or blank: 2 not numbers, 1 error value (#N/A…).",
      ],
    ],
    [
      "names grouped under another spelling, a US log",
      {
        deals: deals(1),
        rowsRead: 1,
        skipped: none,
        skippedCells: noCells,
        respelled: 1,
        textFormat: { dateOrder: "mdy" as const, decimalMark: "." as const },
      },
      [
        "Read 1 deal from 1 row under the header.",
        "No rows skipped.",
        "Grouped 1 name spelled another way (case, spaces) with the usual spelling.",
      ],
    ],
    [
      "a day-first log with decimal points",
      {
        deals: deals(1),
        rowsRead: 1,
        skipped: none,
        skippedCells: noCells,
        respelled: 0,
        textFormat: { dateOrder: "dmy" as const, decimalMark: "." as const },
      },
      ["Read 1 deal from 1 row under the header.", "No rows skipped.", "Read dates day first (31/12/2025)."],
    ],
  ])("%s", (_, log, lines) => {
    expect(skippedSummary(log)).toEqual(lines);
  });
});
