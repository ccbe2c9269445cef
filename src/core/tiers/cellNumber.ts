import { isErrorText } from "../dealLog/errorText";
import { parseNumberText } from "../dealLog/numberText";

/** What one cell of a program table holds, for the readers of tier and requirement tables. */
export type CellRead = { kind: "blank" } | { kind: "number"; value: number } | { kind: "text"; text: string } | { kind: "error" };

/**
 * Reads a cell as a number where it can: numbers, booleans excluded (a TRUE is not money), number
 * text as DMS and hand-typed sheets write it ("$1,250", "80%"). An error value (an object Excel
 * passes, or its text) is an error; anything else is text.
 * @example readCell("80%") // { kind: "number", value: 0.8 }
 */
export function readCell(cell: unknown): CellRead {
  if (cell === null || cell === undefined || cell === "") return { kind: "blank" };
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "number", value: cell } : { kind: "error" };
  if (typeof cell === "boolean") return { kind: "text", text: String(cell) };
  if (typeof cell !== "string") return { kind: "error" };
  if (isErrorText(cell)) return { kind: "error" };
  const t = cell.trim();
  if (t === "") return { kind: "blank" };
  const percent = t.endsWith("%");
  const parsed = parseNumberText(percent ? t.slice(0, -1) : t);
  if (parsed === null || !Number.isFinite(parsed)) return { kind: "text", text: t };
  return { kind: "number", value: percent ? parsed / 100 : parsed };
}
