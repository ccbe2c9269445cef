import { FLOOR_TABLES, STAGE_NAME_HEADERS, stageOf, type StageKey } from "../../core/floor";
import type { CellTable, TableWrite } from "../../excel/workbookPort";

/** What a stage key is called in the mapping table: the step's label, or "Left" for a walk-out. */
export function stageKeyLabel(key: StageKey): string {
  return key === "left" ? "Left" : stageOf(key).label;
}

/**
 * The store's stage-name table with one more mapping: the log's name → a step. An existing row for
 * the same name (case aside) is replaced, the others kept as they are.
 */
export function withStageName(existing: CellTable | null | undefined, name: string, stage: StageKey): TableWrite {
  const rows = (existing?.rows ?? []).slice(1).filter(
    (r) =>
      String(r[0] ?? "")
        .trim()
        .toLowerCase() !== name.trim().toLowerCase()
  );
  return {
    name: FLOOR_TABLES.stageNames,
    sheetName: "Pacecar stage names",
    header: [...STAGE_NAME_HEADERS],
    rows: [...rows.map((r) => [r[0] ?? "", r[1] ?? ""]), [name, stageKeyLabel(stage)]],
  };
}
