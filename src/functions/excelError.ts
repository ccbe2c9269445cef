import type { ErrorKind, SheetError } from "../core/errors";

/*
 * CustomFunctions.ErrorCode and CustomFunctions.Error come from Excel's host script, which office.js loads
 * after this module may already have run: look them up at call time, never at module load, or the
 * associate calls appended below this module never run and no function registers.
 */
const CODE_NAMES: Record<ErrorKind, "invalidValue" | "invalidNumber" | "notAvailable" | "divisionByZero"> = {
  value: "invalidValue",
  num: "invalidNumber",
  na: "notAvailable",
  div0: "divisionByZero",
};

/** Maps a core SheetError to the error value Excel shows, with its catalogue message. */
export function toExcelError(error: SheetError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[CODE_NAMES[error.kind]], error.message);
}
