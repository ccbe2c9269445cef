import { parseNumberText } from "../dealLog/numberText";
import { sheetError, type SheetError } from "../errors";
import type { EventRow } from "./eventLog";
import { DEFAULT_STAGE_LIMITS, type StageLimits } from "./stageLimits";
import { normalizeStageName, stageKeyOf, type StageAlias, type StageResolver } from "./stages";

/** The cells of a range, row by row (a single value is a one-cell range). */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return range === null || range === undefined ? [] : [range];
  // A loop, not flatMap: an event log's columns run to 100k rows and flatMap costs several times more.
  const cells: unknown[] = [];
  for (const row of range as unknown[]) {
    if (!Array.isArray(row)) cells.push(row);
    else if (row.length === 1) cells.push(row[0]);
    else for (const cell of row as unknown[]) cells.push(cell);
  }
  return cells;
}

/** Rows of a two-column range; null when some row has fewer than two cells. */
function pairs(range: unknown): [unknown, unknown][] | null {
  if (range === null || range === undefined) return [];
  const rows = Array.isArray(range) ? (range as unknown[]) : [[range]];
  const out: [unknown, unknown][] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 2) return null;
    out.push([row[0], row[1]]);
  }
  return out;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || textOf(value) === "";
}

/**
 * An event log given as three parallel ranges (deal ids, stages, times), row by row.
 * Errors: ranges of different sizes → #VALUE! flowSizeMismatch.
 */
export function eventColumns(dealIds: unknown, stages: unknown, times: unknown): EventRow[] | SheetError {
  const deals = cellsOf(dealIds);
  const names = cellsOf(stages);
  const stamps = cellsOf(times);
  if (deals.length !== names.length || deals.length !== stamps.length) return sheetError("value", "flowSizeMismatch");
  return deals.map((deal, i) => ({ deal, stage: names[i], time: stamps[i] }));
}

/**
 * A store's own stage names: two columns, the name its log uses | the step it means (a step's label,
 * or any name Pacecar knows, e.g. "Waiting for F&I"). Blank rows and a header row are skipped.
 * Errors: not two columns → #VALUE! flowStageNamesShape; a step that isn't one → #VALUE! flowStageNameUnknown.
 */
export function readStageAliases(range: unknown): StageAlias[] | SheetError {
  const rows = pairs(range);
  if (rows === null) return sheetError("value", "flowStageNamesShape");
  const out: StageAlias[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [name, stage] = rows[i] as [unknown, unknown];
    if (isBlank(name) && isBlank(stage)) continue;
    const key = stageKeyOf(textOf(stage));
    if (key === null) {
      if (i === 0) continue;
      return sheetError("value", "flowStageNameUnknown", textOf(stage));
    }
    if (textOf(name) !== "") out.push({ name: textOf(name), stage: key });
  }
  return out;
}

// Names for the whole-visit limit.
const VISIT_NAMES = new Set(["total", "visit", "wholevisit", "totalvisit", "totaltime", "overall", "all"]);

/**
 * Limits in minutes: two columns, stage | minutes, on top of the defaults (a stage not listed keeps its
 * default). "Total" or "Whole visit" sets the whole-visit limit. Blank rows and a header row are skipped.
 * Errors: not two columns → #VALUE! flowLimitsShape; an unknown stage → #VALUE! flowLimitStageUnknown;
 * minutes that aren't a number → #VALUE!, below 0 → #NUM! flowLimitMinutes.
 */
export function readStageLimits(range: unknown, resolve: StageResolver): StageLimits | SheetError {
  const rows = pairs(range);
  if (rows === null) return sheetError("value", "flowLimitsShape");
  const stages = { ...DEFAULT_STAGE_LIMITS.stages };
  let visit = DEFAULT_STAGE_LIMITS.visit;
  for (let i = 0; i < rows.length; i++) {
    const [name, minutesCell] = rows[i] as [unknown, unknown];
    if (isBlank(name) && isBlank(minutesCell)) continue;
    const label = textOf(name);
    const minutes =
      typeof minutesCell === "number"
        ? minutesCell
        : typeof minutesCell === "string"
          ? parseNumberText(minutesCell)
          : null;
    const isVisit = VISIT_NAMES.has(normalizeStageName(label));
    const stage = isVisit ? null : resolve(label);
    // A header row: a name that is no stage above a cell that is no number.
    if (i === 0 && !isVisit && stage === null && minutes === null) continue;
    if (!isVisit && (stage === null || stage === "delivered" || stage === "left"))
      return sheetError("value", "flowLimitStageUnknown", label);
    if (minutes === null || !Number.isFinite(minutes)) return sheetError("value", "flowLimitMinutes", label);
    if (minutes < 0) return sheetError("num", "flowLimitMinutes", label);
    if (isVisit) visit = minutes;
    else if (stage !== null && stage !== "delivered" && stage !== "left") stages[stage] = minutes;
  }
  return { stages, visit };
}
