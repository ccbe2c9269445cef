/*
 * What the fuzz tests of the GSM functions share: the cells Excel can hand a custom function (wild
 * ones included), ranges of them, and the one check every result must pass.
 *
 * A result Excel can show is one of:
 * - a finite number;
 * - an error value: CustomFunctions.Error with one of Excel's codes and a message from the message
 *   catalogue (templates' `{0}`… may hold any text);
 * - a spill: at least one row, every row an array of the same length (at least one cell), the first row
 *   a header of text, every cell a finite number, a string (at most Excel's 32,767 characters) or a
 *   boolean. Blanks are "", never null/undefined; no NaN, no ±Infinity, no objects, no nested arrays.
 */
import fc from "fast-check";
import { messages } from "../../src/core/errors/messages";

/** The codes Excel can show for a custom function's error value. */
export const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!", "#NULL!", "#NAME?", "#REF!"];

/** Longest text a cell holds. */
const MAX_CELL_TEXT = 32767;

/** Each catalogue message as a pattern: `{n}` placeholders match any text, everything else literally. */
const MESSAGE_PATTERNS = Object.values(messages).map(
  (m: string) =>
    new RegExp(
      `^${m
        .split(/\{\d+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s\\S]*")}$`
    )
);

/** True when the text is one of the catalogue's messages, its arguments filled in. */
export function isCatalogueMessage(text: string): boolean {
  return MESSAGE_PATTERNS.some((p) => p.test(text));
}

function shown(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v: unknown) =>
        typeof v === "number" && !Number.isFinite(v) ? String(v) : v === undefined ? "undefined" : v
      )?.slice(0, 300) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

/** Why a result is not something Excel can show, or null when it is. */
export function resultProblem(result: unknown): string | null {
  if (typeof result === "number") return Number.isFinite(result) ? null : `non-finite number ${String(result)}`;
  if (result instanceof CustomFunctions.Error) {
    if (!EXCEL_ERROR_CODES.includes(result.code)) return `unknown error code ${result.code}`;
    if (typeof result.message !== "string" || !isCatalogueMessage(result.message))
      return `message not in the catalogue: ${shown(result.message)}`;
    return null;
  }
  if (!Array.isArray(result)) return `not a number, error or spill: ${shown(result)}`;
  const rows = result as unknown[];
  if (rows.length === 0) return "empty spill";
  const first = rows[0];
  if (!Array.isArray(first) || first.length === 0) return "spill's first row is not a non-empty array";
  if (!(first as unknown[]).every((c) => typeof c === "string")) return `spill header is not all text: ${shown(first)}`;
  for (const [i, row] of rows.entries()) {
    if (!Array.isArray(row)) return `spill row ${String(i)} is not an array`;
    if (row.length !== first.length)
      return `ragged spill: row ${String(i)} has ${String(row.length)} cells, the header ${String(first.length)}`;
    for (const c of row as unknown[]) {
      const ok =
        typeof c === "boolean" ||
        (typeof c === "number" && Number.isFinite(c)) ||
        (typeof c === "string" && c.length <= MAX_CELL_TEXT);
      if (!ok) return `spill row ${String(i)} holds ${shown(c)} (${typeof c})`;
    }
  }
  return null;
}

/** Longest a single call may take before it counts as a hang (not a speed test: speed belongs to the benchmarks). */
export const HANG_MS = 2000;

/** Calls f, failing (with the arguments) when it throws, hangs or returns something Excel can't show. */
export function expectExcelResult(f: () => unknown, args: unknown): unknown {
  const start = performance.now();
  const result = f();
  const ms = performance.now() - start;
  if (ms > HANG_MS) throw new Error(`took ${ms.toFixed(0)} ms (> ${String(HANG_MS)}) for ${shown(args)}`);
  const problem = resultProblem(result);
  if (problem !== null) throw new Error(`${problem} for ${shown(args)}`);
  return result;
}

/* ---------- Cells ---------- */

/** Error values as they can arrive in a range: the runtime's error object, the error's text, an ErrorCellValue. */
export const errorCell: fc.Arbitrary<unknown> = fc.constantFrom(
  ...EXCEL_ERROR_CODES.map((c) => new CustomFunctions.Error(c as CustomFunctions.ErrorCode)),
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no match"),
  ...[...EXCEL_ERROR_CODES, "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA", "#N/A "],
  { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" },
  { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }
);

/** Numbers at the edges: NaN, infinities, -0, huge, tiny, negative, and serials far outside 1900–9999. */
export const wildNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    5e-324,
    -5e-324,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2
  ),
  fc.constantFrom(-1e6, -693594, -1, 0.5, 0.999999, 1, 59, 60, 61, 2958465, 2958465.99, 2958466, 1e7, 1e12, 1e15),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true })
);

/** Date-like text, good and bad, inside and far outside Excel's dates. */
export const dateText: fc.Arbitrary<string> = fc.constantFrom(
  "3/10/2025",
  "2025-03-10",
  "2025-03-10T14:05:00",
  "10-Mar-2025",
  "Mar 10, 2025",
  "3/10/2025 14:05",
  "12/6/2025 2:50 PM",
  "14:05",
  "25:99",
  "2/29/1900",
  "2/29/2025",
  "2025-02-30",
  "13/45/2025",
  "0/0/0",
  "1/1/1899",
  "12/31/1899",
  "1/1/1900",
  "12/31/9999",
  "1/1/10000",
  "9999-12-31",
  "-1/1/2025",
  "1/1/-5",
  "99999999",
  "45726",
  "45726.5"
);

/** Money and number text as DMS exports write it, plus malformed variants. */
export const moneyText: fc.Arbitrary<string> = fc.constantFrom(
  "$1,300",
  "(300)",
  "-$2,500.00",
  "1e400",
  "-1e400",
  "$",
  "1,2,3",
  "€5",
  "12%",
  "80%",
  "$1,300.5.5",
  " 42 ",
  "0x1F",
  "Infinity",
  "-Infinity",
  "NaN",
  "1e-400",
  "00012",
  "+7",
  "--3"
);

/** Text that looks like a formula, or words the functions treat as keywords. */
export const wordText: fc.Arbitrary<string> = fc.constantFrom(
  "=SUM(A1:A3)",
  "=1/0",
  "+1",
  "@x",
  '=HYPERLINK("http://x","y")',
  "TRUE",
  "FALSE",
  "total",
  "ratio",
  "min",
  "max",
  "month",
  "quarter",
  "Sold Date",
  "Stock #",
  "Pending",
  "Be-back",
  "Lost",
  "Sold",
  "Up",
  "Delivered",
  "Walked",
  "1111111",
  "0000011",
  "0000000",
  "11",
  "  ",
  "",
  "\u0000",
  "constructor",
  "__proto__",
  "toString"
);

/** Any cell value Excel (or a careless caller) can hand over. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wildNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", true, false) },
  { weight: 2, arbitrary: dateText },
  { weight: 1, arbitrary: moneyText },
  { weight: 1, arbitrary: wordText },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: errorCell }
);

/** A range, rectangular or ragged, empty or not, of any cells. */
export const anyRange: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc.array(fc.array(anyCell, { maxLength: 5 }), { maxLength: 8 }),
  fc
    .integer({ min: 1, max: 4 })
    .chain((w) => fc.array(fc.array(anyCell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 12 })),
  fc.constantFrom<unknown[][]>([], [[]], [[], []], [[null]], [[""]])
);

/** Any argument: a cell, a range, a 3-D array, or any JavaScript value at all. */
export const anyArg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anyCell },
  { weight: 3, arbitrary: anyRange },
  { weight: 1, arbitrary: fc.array(fc.array(fc.array(anyCell, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.anything() }
);

/** Any argument list for a function of `arity` parameters: fewer, exactly as many, or one more. */
export function anyArgs(arity: number): fc.Arbitrary<unknown[]> {
  return fc.array(anyArg, { minLength: 0, maxLength: arity + 1 });
}

/* ---------- Plausible shapes with extreme values ---------- */

/** An Excel serial around 2025 most of the time, sometimes anywhere in Excel's dates. */
export const serial: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 45292, max: 46387 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2958465 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 59, 60, 61, 2958465, 2958435) }
);

/** A day with a time of day. */
export const serialTime: fc.Arbitrary<number> = fc
  .tuple(serial, fc.integer({ min: 0, max: 1439 }))
  .map(([d, m]) => d + m / 1440);

/** A number of the right kind but any size: what reaches the arithmetic. */
export const amount: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, 5e-324, 1e-300, 1e15) }
);

/** Sometimes a wild cell instead of a good one: plausible logs are still messy. */
export function messy<T>(good: fc.Arbitrary<T>, wildWeight = 1): fc.Arbitrary<unknown> {
  return wildWeight === 0
    ? good
    : fc.oneof({ weight: 12, arbitrary: good }, { weight: wildWeight, arbitrary: anyCell });
}

/** How messy a generated log is: clean half the time (so whole logs reach the arithmetic), else a wild cell in about 13. */
export const wildness: fc.Arbitrary<number> = fc.constantFrom(0, 0, 1);

/** The weekend argument: valid codes and masks mostly, including all-closed and bad ones. */
export const weekend: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    1,
    2,
    7,
    11,
    12,
    17,
    "0000011",
    "0000001",
    "1111110",
    "1111111",
    0,
    3.5,
    18,
    "abc"
  ),
  fc.array(fc.constantFrom("0", "1"), { minLength: 7, maxLength: 7 }).map((a) => a.join(""))
);

/** A holidays range: dates near `around`, blanks and sometimes bad cells. */
export function holidays(around: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, undefined),
    fc.array(fc.array(messy(fc.integer({ min: around - 40, max: around + 40 })), { minLength: 1, maxLength: 1 }), {
      maxLength: 6,
    })
  );
}

/** A column (rows of one cell) of the given cells. */
export function column<T>(cells: fc.Arbitrary<T>, maxLength = 30, minLength = 0): fc.Arbitrary<T[][]> {
  return fc.array(
    cells.map((c) => [c]),
    { minLength, maxLength }
  );
}

/** Prepends a header cell half the time. */
export function withHeader<T>(col: fc.Arbitrary<T[][]>, header: string): fc.Arbitrary<(T | string)[][]> {
  return fc.tuple(col, fc.boolean()).map(([c, h]) => (h ? [[header], ...c] : c));
}
