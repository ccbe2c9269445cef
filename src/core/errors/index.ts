export { sheetError, isSheetError, type SheetError, type ErrorKind } from "./sheetError";
export { messages, type MessageKey } from "./messages";
