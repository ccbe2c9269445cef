export { DEAL_LOG_HEADERS, DEAL_LOG_HEADERS_WITH_MODEL, dealToRow, dealToRowWithModel, type Deal } from "./deal";
export { decimalMarkOf, parseNumberText, type DecimalMark } from "./numberText";
export { isErrorText, isErrorValue } from "./errorText";
export { canonicalSpellings, trimText } from "./spelling";
export {
  COLUMN_ALIASES,
  MODEL_COLUMN_ALIASES,
  COLUMN_ROLES,
  detectColumns,
  headerKey,
  matchHeader,
  noColumns,
  type ColumnOverrides,
  type ColumnRole,
  type DealLogColumns,
  type HeaderMatch,
} from "./columns";
export { findHeaderRow, HEADER_SEARCH_ROWS, type DealLogHeader } from "./headerRow";
export { cellDate, dateOrderOf, type DateOrder } from "./cellDate";
export { newUsedOf } from "./newUsed";
export { hasTotalsLabel, isBlankCell, isBlankRow, isTotalsLabel } from "./rowKinds";
export {
  readDealLog,
  SKIPPED_LIST_LIMIT,
  type BadCellReason,
  type DealLogOptions,
  type DealLogRead,
  type SkipReason,
  type SkippedCell,
  type SkippedRow,
  type TextFormat,
} from "./readDealLog";
export { readDateColumn, type DateColumnRead } from "./dateColumn";
export { parseCsv, readCsv, sniffDelimiter, type CsvRead } from "./csv";
