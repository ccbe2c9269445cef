/*
 * The @example of each GSM function is the help users read in Excel, so it must be true: every
 * example written with literal arguments (numbers, "text", DATE(y,m,d)) is run here and must
 * return the value it states ("=GSM.X(…) returns 26: why").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dateToSerial } from "../../src/core/calendar";
import { functionSources } from "../../scripts/functionSources.cjs";
import { numberOf } from "./excelResult";

const ROOT = path.resolve(__dirname, "../..");
const sources = functionSources().map((f) => path.join(ROOT, f));
const examples = sources.flatMap((f) =>
  [...readFileSync(f, "utf8").matchAll(/@example\s+(=GSM\.[^\n]*)/g)].map((m) => (m[1] ?? "").trim())
);
/** Every module's exports together, as Excel sees the GSM namespace. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the area files are found at run time
const gsm = Object.assign({}, ...sources.map((f) => require(f) as Record<string, unknown>)) as Record<string, unknown>;

/** An Excel argument written literally, or undefined when it is not a literal (a range, a formula). */
function literal(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const str = /^"(.*)"$/.exec(t);
  if (str) return str[1];
  const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(t);
  if (date) return dateToSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  return undefined;
}

/** Splits "a, DATE(1,2,3), b" at the top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return text.trim() === "" ? [] : out;
}

interface Runnable {
  example: string;
  exportName: string;
  args: unknown[];
  expected: number;
}

function runnable(example: string): Runnable | null {
  const m = /^=GSM\.([A-Z0-9_]+)\((.*)\) returns (-?\d+(?:\.\d+)?)\b/.exec(example);
  if (!m) return null;
  const args = splitArgs(m[2] ?? "").map(literal);
  if (args.some((a) => a === undefined)) return null;
  // GSM.SELLING_DAYS → sellingDays, the export Excel calls.
  const exportName = (m[1] ?? "").toLowerCase().replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
  return { example, exportName, args, expected: Number(m[3]) };
}

const runnables = examples.map(runnable).filter((r): r is Runnable => r !== null);

describe("the @example lines of the GSM functions are true", () => {
  it("covers the calendar and pace functions", () => {
    expect(runnables.map((r) => r.exportName)).toEqual(
      expect.arrayContaining(["sellingDays", "expectedToDate", "pace", "trend"])
    );
  });

  it.each(runnables.map((r) => [r.example, r] as const))("%s", (_, r) => {
    const fn = gsm[r.exportName];
    if (typeof fn !== "function") throw new Error(`no function source exports ${r.exportName}`);
    expect(numberOf((fn as (...a: unknown[]) => unknown)(...r.args))).toBeCloseTo(r.expected, 9);
  });
});
