import type { TeamTargetsRead, WorkbookPort } from "../../excel/workbookPort";

/**
 * The targets as the pane last knew them, per workbook port: the views read the workbook once at
 * load, so a view opened again (or the Month tab after the Team tab) starts from here instead of
 * the load's stale copy, without another round trip to the workbook.
 */
const known = new WeakMap<WorkbookPort, TeamTargetsRead>();

export function knownTargets(port: WorkbookPort): TeamTargetsRead | undefined {
  return known.get(port);
}

export function rememberTargets(port: WorkbookPort, read: TeamTargetsRead): void {
  known.set(port, read);
}
