import type { WorkbookPort, WorkbookSnapshot } from "../../excel/workbookPort";

/** What every view of the pane gets: the workbook port, what was read at load, and the day it is. */
export interface ViewProps {
  readonly port: WorkbookPort;
  readonly snapshot: WorkbookSnapshot;
  /** Today as an Excel serial (pinned by ?asOf= in the preview). */
  readonly asOf: number;
  readonly storeName: string;
}
