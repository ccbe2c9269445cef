// Excel's error values as an export or a values read writes them; a cell holding one is a bad cell, never data.
const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * Whether a cell holds an Excel error value written as text ("#N/A", "#VALUE!", "#DIV/0!", …).
 * @example isErrorText("#N/A") // true
 * @example isErrorText("N/A") // false
 */
export function isErrorText(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const t = value.trim();
  return t.charCodeAt(0) === 35 /* # */ && ERROR_TEXT.test(t);
}

// Error types as Excel's JavaScript API names them (ErrorCellValue.errorType).
const ERROR_TYPES = new Set([
  "NotAvailable",
  "Value",
  "Ref",
  "Div0",
  "Num",
  "Name",
  "Null",
  "Spill",
  "Calc",
  "Field",
  "Blocked",
  "Connect",
  "Busy",
  "GettingData",
  "Unknown",
]);

/**
 * Whether a cell holds an Excel error value in any form a range hands it over: text ("#N/A", as
 * Range.values gives it), or an object — an error cell value ({ type: "Error", errorType:
 * "NotAvailable", basicValue: "#N/A" }), a custom function error ({ code: "#N/A" }) or a
 * workbook file reader's ({ error: "#N/A" }).
 * @example isErrorValue({ type: "Error", errorType: "NotAvailable" }) // true
 */
export function isErrorValue(value: unknown): boolean {
  if (typeof value === "string") return isErrorText(value);
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === "Error" || v.basicType === "Error") return true;
  if (typeof v.errorType === "string" && ERROR_TYPES.has(v.errorType)) return true;
  return isErrorText(v.code) || isErrorText(v.error) || isErrorText(v.basicValue);
}
