export { DEAL_LOG_HEADERS, DEAL_LOG_HEADERS_WITH_MODEL, dealToRow, dealToRowWithModel, type Deal } from "./deal";
export { parseNumberText } from "./numberText";
export { isErrorText } from "./errorText";
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
export { cellDate } from "./cellDate";
export { newUsedOf } from "./newUsed";
export { hasTotalsLabel, isBlankCell, isBlankRow } from "./rowKinds";
export {
  readDealLog,
  SKIPPED_LIST_LIMIT,
  type BadCellReason,
  type DealLogOptions,
  type DealLogRead,
  type SkipReason,
  type SkippedCell,
  type SkippedRow,
} from "./readDealLog";
export { readDateColumn, type DateColumnRead } from "./dateColumn";
export { parseCsv, sniffDelimiter } from "./csv";
