/*
 * The report command over the messy export fixtures: what it read and skipped is printed in the
 * GSM's words, by reason, whatever the export's format (counts worked by hand in the fixtures' README).
 */
import { join } from "node:path";
import { run } from "./cliRun";

const DIR = join(__dirname, "..", "fixtures", "messy");

it.each<[string, string[]]>([
  ["06-totals.csv", ["Read 4 deals from 13 rows under the header.", "Skipped 9 rows: 9 totals rows."]],
  [
    "07-blanks-headers.csv",
    [
      "Read 4 deals from 12 rows under the header.",
      "Skipped 8 rows: 4 blank, 2 repeated headers (page breaks), 2 rows without a readable sold date.",
    ],
  ],
  [
    "08-names.csv",
    [
      "Read 7 deals from 7 rows under the header.",
      "No rows skipped.",
      "Grouped 6 names spelled another way (case, spaces) with the usual spelling.",
    ],
  ],
  [
    "09-na-errors.csv",
    [
      "Read 4 deals from 6 rows under the header.",
      "Skipped 2 rows: 2 rows without a readable sold date.",
      "Read 8 cells of deals as 0 or blank: 1 not a number, 7 error values (#N/A…).",
    ],
  ],
  [
    "10-eu-semicolon-bom.csv",
    [
      "Read 4 deals from 6 rows under the header.",
      "Skipped 2 rows: 1 blank, 1 totals row.",
      'Read dates day first (31/12/2025) and the comma as decimal mark ("1.234,50").',
    ],
  ],
  ["13-unicode-text.txt", ["Read 2 deals from 3 rows under the header.", "Skipped 1 row: 1 totals row."]],
])("pacecar report %s says what it read and skipped", async (file, lines) => {
  const result = await run("report", join(DIR, file));
  expect(result.err).toEqual([]);
  expect(result.code).toBe(0);
  // The summary lines appear in order, together.
  const at = result.out.indexOf(lines[0] ?? "");
  expect(at).toBeGreaterThanOrEqual(0);
  expect(result.out.slice(at, at + lines.length)).toEqual(lines);
});
