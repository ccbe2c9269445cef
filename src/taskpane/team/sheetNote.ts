import type { TargetConflict, TargetMeasure } from "../../core/targets";
import { formatUnits } from "../format";

/**
 * What to say beside a box whose number was changed in the sheet over what the GSM typed; undefined
 * when there is nothing to say. Kept apart from the grid so the Month tab can use it without loading
 * the grid's components at start.
 */
export function sheetNote(conflict: TargetConflict | undefined, measure: TargetMeasure): string | undefined {
  if (!conflict) return undefined;
  const sheet = conflict.sheet?.[measure] ?? null;
  if (conflict.typed[measure] === sheet) return undefined;
  return sheet === null ? "cleared in the sheet" : `changed in the sheet to ${formatUnits(sheet)}`;
}
