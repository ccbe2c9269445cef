import { detectColumns } from "../core/dealLog";
import { isSheetError } from "../core/errors";
import { OfficeWorkbook, type DocumentSettings } from "../excel/officeWorkbook";

/** The workbook inside Excel; a table is the deal log when the core finds a sold-date header in it. */
export function officePort(settings?: DocumentSettings): OfficeWorkbook {
  return new OfficeWorkbook({ isDealLogHeader: (header) => !isSheetError(detectColumns(header)), settings });
}
