/*
 * Golden test of functions.json, the metadata Excel reads to register the GSM functions. It is
 * generated from the JSDoc in the function sources (src/functions/functions.ts and src/functions/*Functions.ts) exactly as the webpack build does, and
 * compared with test/golden/functions.json so every change to the functions' surface shows up in
 * review as a diff.
 *
 * After adding or changing a function, regenerate the golden with one command and review the diff:
 *
 *     UPDATE_GOLDEN=1 npx jest test/functions/functionsJson.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { functionSources } from "../../scripts/functionSources.cjs";

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = functionSources().map((f) => path.join(ROOT, f));
const GOLDEN = path.join(ROOT, "test/golden/functions.json");

interface Metadata {
  functions: IFunction[];
}

let generated: { json: string; errors: string[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCES, false);
  generated = { json: result.metadataJson, errors: result.errors };
  if (process.env.UPDATE_GOLDEN === "1" && result.errors.length === 0)
    writeFileSync(GOLDEN, `${result.metadataJson}\n`);
});

const metadata = (): Metadata => JSON.parse(generated.json) as Metadata;
const byId = (id: string): IFunction => {
  const f = metadata().functions.find((fn) => fn.id === id);
  if (!f) throw new Error(`no function ${id} in functions.json`);
  return f;
};

describe("functions.json", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("matches the committed golden (regenerate: UPDATE_GOLDEN=1 npx jest test/functions/functionsJson.test.ts)", () => {
    expect(generated.json).toBe(readFileSync(GOLDEN, "utf8").trimEnd());
  });

  it("names the calendar and pace functions as the design catalogue does", () => {
    const ids = metadata().functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["SELLING_DAYS", "EXPECTED_TO_DATE", "PACE", "TREND"]));
    for (const f of metadata().functions) expect(f.name).toBe(f.id);
  });

  it.each([
    ["SELLING_DAYS", "month, weekend, holidays, through"],
    ["EXPECTED_TO_DATE", "target, as_of, weekend, holidays"],
    ["PACE", "actual, target, as_of, weekend, holidays"],
    ["TREND", "actual, as_of, weekend, holidays"],
  ])("%s(%s) returns a number; holidays is a matrix; the optional arguments are optional", (id, signature) => {
    const f = byId(id);
    const names = signature.split(", ");
    expect(f.parameters.map((p) => p.name)).toEqual(names);
    expect(f.result).toEqual({ type: "number" });
    for (const p of f.parameters) {
      // Type any: Excel passes what the cell holds (serials, text dates, masks and codes) and args.ts coerces it.
      expect(p.type).toBe("any");
      expect(p.repeating).toBeUndefined();
      expect(p.dimensionality).toBe(p.name === "holidays" ? "matrix" : undefined);
    }
    const required = id === "SELLING_DAYS" ? ["month"] : id === "PACE" ? ["actual", "target"] : [names[0]];
    for (const p of f.parameters) expect(p.optional).toBe(required.includes(p.name) ? undefined : true);
  });

  it("gives every function a one-line description and every parameter its help", () => {
    for (const f of metadata().functions) {
      expect(f.description).toMatch(/\S/);
      expect(f.description).not.toMatch(/\n/); // Excel shows it in a one-line tooltip
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
    }
  });
});

describe("JSDoc of the function sources", () => {
  // Every exported function of every source, with the JSDoc block right above it ("" when there is none).
  const exported = SOURCES.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(/export (?:async )?function (\w+)/g)].map((m) => {
      const before = source.slice(0, m.index).trimEnd();
      const doc = before.endsWith("*/") ? before.slice(before.lastIndexOf("/**")) : "";
      return { name: m[1] ?? "", doc };
    });
  });

  it("finds the exported functions", () => {
    expect(exported.map((e) => e.name)).toEqual(
      expect.arrayContaining(["sellingDays", "expectedToDate", "pace", "trend"])
    );
    expect(exported).toHaveLength(metadata().functions.length);
  });

  it.each(exported.map((e) => [e.name, e.doc]))("%s has an @example in Excel syntax (=GSM.…)", (_, doc) => {
    expect(doc).toMatch(/@customfunction\s+[A-Z0-9_]+/);
    expect(doc).toMatch(/@example\s+=GSM\.[A-Z0-9_]+\(/);
  });
});
