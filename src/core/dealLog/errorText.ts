// Excel's error values as an export or a values read writes them; a cell holding one is a bad cell, never data.
const ERROR_TEXT = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

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
