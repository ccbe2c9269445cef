import type { ErrorKind, SheetError } from "../core/errors";

const CODES: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  num: CustomFunctions.ErrorCode.invalidNumber,
  na: CustomFunctions.ErrorCode.notAvailable,
  div0: CustomFunctions.ErrorCode.divisionByZero,
};

/** Maps a core SheetError to the error value Excel shows, with its catalogue message. */
export function toExcelError(error: SheetError): CustomFunctions.Error {
  return new CustomFunctions.Error(CODES[error.kind], error.message);
}
