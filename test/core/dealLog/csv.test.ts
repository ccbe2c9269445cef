import fc from "fast-check";
import { parseCsv, sniffDelimiter } from "../../../src/core/dealLog";

// Expected rows read off each text by hand, per RFC 4180.
it.each<[string, string, string[][]]>([
  [
    "plain rows with a trailing newline",
    "a,b\n1,2\n",
    [
      ["a", "b"],
      ["1", "2"],
    ],
  ],
  [
    "no trailing newline",
    "a,b\n1,2",
    [
      ["a", "b"],
      ["1", "2"],
    ],
  ],
  [
    "CRLF line ends",
    "a,b\r\n1,2\r\n",
    [
      ["a", "b"],
      ["1", "2"],
    ],
  ],
  [
    "old Mac CR line ends",
    "a,b\r1,2\r",
    [
      ["a", "b"],
      ["1", "2"],
    ],
  ],
  [
    "a UTF-8 byte order mark",
    "\uFEFFSold Date,Stock #\n3/7/2025,A1\n",
    [
      ["Sold Date", "Stock #"],
      ["3/7/2025", "A1"],
    ],
  ],
  ["a quoted comma", 'A1,"$1,250.00"\n', [["A1", "$1,250.00"]]],
  ["doubled quotes", '"Ana ""The Closer"" Ruiz",x\n', [['Ana "The Closer" Ruiz', "x"]]],
  ["a line break inside quotes", '"line 1\r\nline 2",x\n', [["line 1\r\nline 2", "x"]]],
  ["an empty quoted field", 'a,"",b\n', [["a", "", "b"]]],
  ["empty fields", ",,\n", [["", "", ""]]],
  ["a blank line in the middle", "a,b\n\n1,2\n", [["a", "b"], [""], ["1", "2"]]],
  ["a quote inside an unquoted field is text", 'Stock 5" lift,x\n', [['Stock 5" lift', "x"]]],
  ["text after a closing quote stays in the field", '"12"34,x\n', [["1234", "x"]]],
  ["an unclosed quote runs to the end", 'a,"open\n', [["a", "open\n"]]],
  ["empty text", "", []],
  ["a single newline: one empty row", "\n", [[""]]],
])("parses %s", (_, text, rows) => {
  expect(parseCsv(text)).toEqual(rows);
});

it.each<[string, string, string]>([
  ["commas", "a,b,c\n1,2,3\n", ","],
  ["semicolons, with the comma as decimal mark", "Sold Date;Front Gross;Back Gross\n7.3.2025;1250,50;800\n", ";"],
  ["tabs, with commas in amounts", "Sold Date\tFront Gross\tBack Gross\n3/7/2025\t1,250.50\t800\n", "\t"],
  ["semicolons under a title line with a comma", "ABC Motors, Deal Log\nSold Date;Stock;Front;Back\n", ";"],
  ["quoted semicolons don't count", 'a,b,c\n"x;y;z;w",2,3\n', ","],
  ["one column: comma", "Sold Date\n3/7/2025\n", ","],
  [
    "two tab columns, amounts with commas: the header line decides",
    "Sold Date\tFront Gross\n3/7/2025\t1,250.50\n3/8/2025\t2,000\n",
    "\t",
  ],
  ["semicolons under a title line with more commas", "ABC Motors, Deal Log, March, 2025\nSold Date;Gross\n", ";"],
  ["a file that is no deal log: the delimiter seen most on a line", "x;y;z\n1,2;3\n", ";"],
])("sniffs %s", (_, text, delimiter) => {
  expect(sniffDelimiter(text)).toBe(delimiter);
});

it("splits a semicolon file on semicolons, keeping quoted ones", () => {
  expect(parseCsv('Sold Date;Note\n2025-03-07;"a;b"\n')).toEqual([
    ["Sold Date", "Note"],
    ["2025-03-07", "a;b"],
  ]);
});

it("splits a tab file on tabs", () => {
  expect(parseCsv("Sold Date\tFront Gross\r\n3/7/2025\t1,250.50\r\n")).toEqual([
    ["Sold Date", "Front Gross"],
    ["3/7/2025", "1,250.50"],
  ]);
});

/** RFC 4180 writing: quote a field holding a delimiter, a quote or a line break, doubling its quotes. */
function toCsv(rows: string[][]): string {
  const field = (f: string): string => (/[",;\t\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => `${r.map(field).join(",")}\r\n`).join("");
}

it("reads back whatever rows were written", () => {
  const text = fc.string({
    unit: fc.constantFrom("a", "B", "1", " ", ",", ";", "\t", '"', "\r", "\n", "$", "é"),
    maxLength: 8,
  });
  fc.assert(
    fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 20 }), (rows) => {
      expect(parseCsv(toCsv(rows))).toEqual(rows);
    })
  );
});
