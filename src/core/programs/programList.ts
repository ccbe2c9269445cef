import { readCell } from "./cellNumber";
import type { ProgramPeriod } from "./periodUnits";

/** The workbook table the pane keeps its programs in, so they travel with the file. */
export const PROGRAMS_TABLE = "PacecarPrograms";
export const PROGRAMS_SHEET = "Pacecar Programs";
export const PROGRAMS_HEADERS = ["Program", "Tier table", "Period", "Objective", "New/Used", "Model contains"] as const;
/** The requirements table the pane reads: name | current | threshold | min/max | recent values. */
export const REQUIREMENTS_TABLE = "ProgramRequirements";

/** Which units a program counts. */
export type UnitKind = "New" | "Used" | "All";

/** One OEM program as the GSM set it up. */
export interface ProgramSetup {
  readonly name: string;
  /** Name of the tier table (an Excel table or a named range). */
  readonly tierTable: string;
  readonly period: ProgramPeriod;
  /** Objective in units when thresholds are fractions of it; null when thresholds are unit counts. */
  readonly objective: number | null;
  readonly units: UnitKind;
  /** Text the model must contain ("truck" also matches pickups by name); "" for every model. */
  readonly modelContains: string;
}

/** A blank program to start from. */
export function newProgram(name: string): ProgramSetup {
  return { name, tierTable: "", period: "month", objective: null, units: "New", modelContains: "" };
}

function textOf(cell: unknown): string {
  const c = readCell(cell);
  return c.kind === "text" ? c.text : c.kind === "number" ? String(c.value) : "";
}

/**
 * Reads the programs table (header first). Lenient: it is the pane's own table, so an odd cell
 * falls back to the default rather than hiding the program (month, no objective, new units).
 */
export function readPrograms(rows: readonly (readonly unknown[])[]): ProgramSetup[] {
  return rows.slice(1).flatMap((row) => {
    const name = textOf(row[0]);
    const tierTable = textOf(row[1]);
    if (name === "" && tierTable === "") return [];
    const period: ProgramPeriod = textOf(row[2]).toLowerCase().startsWith("q") ? "quarter" : "month";
    const objective = readCell(row[3]);
    const kind = textOf(row[4]).toLowerCase();
    const units: UnitKind = kind.startsWith("u") ? "Used" : kind.startsWith("a") ? "All" : "New";
    return [
      {
        name,
        tierTable,
        period,
        objective: objective.kind === "number" && objective.value > 0 ? objective.value : null,
        units,
        modelContains: textOf(row[5]),
      },
    ];
  });
}

/** The programs as the table's rows (header not included). */
export function programRows(programs: readonly ProgramSetup[]): (string | number)[][] {
  return programs.map((p) => [
    p.name,
    p.tierTable,
    p.period === "quarter" ? "Quarter" : "Month",
    p.objective ?? "",
    p.units,
    p.modelContains,
  ]);
}
