import { isErrorText } from "../dealLog/errorText";
import { parseNumberText } from "../dealLog/numberText";

/** What one cell of a program table holds, for the readers of tier and requirement tables. */
export type CellRead =
  { kind: "blank" } | { kind: "number"; value: number } | { kind: "text"; text: string } | { kind: "error" };

// The cells without content to carry, shared: a big table reads many.
const BLANK: CellRead = Object.freeze({ kind: "blank" });
const ERROR: CellRead = Object.freeze({ kind: "error" });

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Reads a cell as a number where it can: numbers, booleans excluded (a TRUE is not money), number
 * text as DMS and hand-typed sheets write it ("$1,250", "80%"). An error value (an object Excel
 * passes, or its text) is an error; anything else is text.
 * @example readCell("80%") // { kind: "number", value: 0.8 }
 */
export function readCell(cell: unknown): CellRead {
  if (cell === null || cell === undefined || cell === "") return BLANK;
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "number", value: cell } : ERROR;
  if (typeof cell === "boolean") return { kind: "text", text: String(cell) };
  if (typeof cell !== "string") return ERROR;
  if (isErrorText(cell)) return ERROR;
  const t = cell.trim();
  if (t === "") return BLANK;
  // Text starting with a letter is never a number (names, "min", "max", headers): no number parsing for it.
  if (isLetter(t.charCodeAt(0))) return { kind: "text", text: t };
  const percent = t.endsWith("%");
  const parsed = parseNumberText(percent ? t.slice(0, -1) : t);
  if (parsed === null || !Number.isFinite(parsed)) return { kind: "text", text: t };
  return { kind: "number", value: percent ? parsed / 100 : parsed };
}
