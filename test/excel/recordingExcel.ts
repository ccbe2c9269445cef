/**
 * An Excel.RequestContext that records every property assigned on every object reached from it
 * (range.values, range.formulas, formulasLocal, numberFormat, names…), wherever the code under test
 * goes: a write path nobody listed is still caught. Objects are made up on demand from the path
 * that reached them; `tables` gives the workbook's tables (header first) for the reads a write
 * makes first (does the table exist, its old cells).
 */
import type { CellValue } from "../../src/excel/workbookPort";

/** One assignment: the path of the object (calls with their first argument), the property, the value. */
export interface Assignment {
  readonly path: string;
  readonly prop: string;
  readonly value: unknown;
}

interface Step {
  readonly prop: string;
  /** The call's first argument, as text (a name, an address, a range's path). */
  readonly arg?: string;
}

function argText(arg: unknown): string {
  if (typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean") return String(arg);
  return typeof arg === "function" ? String((arg as { path?: unknown }).path) : (JSON.stringify(arg) ?? "");
}

export interface RecordingExcel {
  readonly context: Excel.RequestContext;
  readonly assignments: Assignment[];
  /** Calls of tables.add(range, …): the range's path. */
  readonly tablesAdded: string[];
}

const LOOKUPS = new Set(["getItem", "getItemOrNullObject"]);

/** The table a path ends in (`tables.getItem…(name)` then anything but another lookup), if any. */
function tableOf(steps: readonly Step[]): string | null {
  const at = steps.findIndex((s, i) => LOOKUPS.has(s.prop) && steps[i - 1]?.prop === "tables");
  return at >= 0 ? (steps[at]?.arg ?? null) : null;
}

export function recordingExcel(
  tables: Readonly<Record<string, readonly (readonly CellValue[])[]>> = {}
): RecordingExcel {
  const assignments: Assignment[] = [];
  const tablesAdded: string[] = [];
  const rowsOf = (name: string) => Object.entries(tables).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  const pathText = (steps: readonly Step[]) =>
    steps.map((s) => (s.arg === undefined ? s.prop : `${s.prop}(${s.arg})`)).join(".");

  const node = (steps: readonly Step[]): unknown =>
    new Proxy(function () {}, {
      get(_, prop) {
        if (typeof prop === "symbol" || prop === "then") return undefined;
        const last = steps[steps.length - 1];
        const table = tableOf(steps);
        if (prop === "isNullObject") {
          // A looked-up table exists when the test gave it; sheets and names looked up by name don't.
          if (last && LOOKUPS.has(last.prop) && steps[steps.length - 2]?.prop === "tables")
            return rowsOf(last.arg ?? "") === undefined;
          return last?.prop === "getItemOrNullObject" || last?.prop === "getRangeOrNullObject";
        }
        if (prop === "items") return [];
        if (prop === "name") return last?.arg ?? "Sheet";
        if (prop === "protected") return false;
        if (prop === "values" || prop === "formulas") {
          const rows = table ? rowsOf(table) : undefined;
          if (!rows) return [[]];
          return last?.prop === "getDataBodyRange"
            ? rows.slice(1)
            : last?.prop === "getHeaderRowRange"
              ? rows.slice(0, 1)
              : rows;
        }
        if (prop === "rowCount") return Math.max((table ? (rowsOf(table)?.length ?? 1) : 1) - 1, 0);
        if (prop === "columnCount") return (table ? rowsOf(table)?.[0]?.length : 0) ?? 0;
        if (prop === "load") return () => node(steps);
        if (prop === "sync") return () => Promise.resolve();
        if (prop === "add" && last?.prop === "tables") {
          return (range: unknown) => {
            tablesAdded.push(String((range as { path?: unknown }).path));
            return node([...steps, { prop: "add" }]);
          };
        }
        if (prop === "path") return pathText(steps);
        return node([...steps, { prop }]);
      },
      set(_, prop, value) {
        assignments.push({ path: pathText(steps), prop: String(prop), value });
        return true;
      },
      apply(_, __, args: unknown[]) {
        const last = steps[steps.length - 1];
        return node([
          ...steps.slice(0, -1),
          { prop: last?.prop ?? "", arg: args.length > 0 ? argText(args[0]) : undefined },
        ]);
      },
    });

  const context = node([{ prop: "context" }]) as Excel.RequestContext;
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ClearApplyTo: { contents: "Contents" },
    run: (...args: unknown[]) => (args[args.length - 1] as (c: Excel.RequestContext) => Promise<unknown>)(context),
  };
  return { context, assignments, tablesAdded };
}

/** Every string put in a cell: the cells of every values / formulas assignment. */
export function cellStrings(assignments: readonly Assignment[]): { prop: string; text: string }[] {
  return assignments
    .filter((a) => /^(values|formulas|formulasLocal|formulasR1C1)$/.test(a.prop) && Array.isArray(a.value))
    .flatMap((a) =>
      (a.value as unknown[][])
        .flat()
        .filter((v): v is string => typeof v === "string")
        .map((text) => ({ prop: a.prop, text }))
    );
}
