import { detectColumns } from "../core/dealLog";
import { OfficeWorkbook } from "../excel/officeWorkbook";

/** The workbook inside Excel; a table is the deal log when the core finds a sold-date header in it. */
export function officePort(): OfficeWorkbook {
  return new OfficeWorkbook({ isDealLogHeader: (header) => !isSheetErrorLike(detectColumns(header)) });
}
