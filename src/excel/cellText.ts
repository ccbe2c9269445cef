/**
 * What makes Excel take typed text for a formula (Range.values and Range.formulas parse a string as
 * if it were typed in the cell): a leading =, +, - or @ (Excel turns "+A1" into =+A1 and Lotus-style
 * "@SUM(A1)" into =SUM(A1)); also, as a precaution, the full-width ＝ ＋ － ＠ that East Asian input
 * methods type (Excel in those locales can take them for the ASCII signs). The same characters after
 * leading spaces, tabs or line breaks count too: Excel keeps " =1+1" as text, but CSV importers and
 * other spreadsheets strip leading white space, and TAB / CR are the other two characters of the
 * usual formula-injection list. The apostrophe costs nothing where it wasn't needed: Excel hides it.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text a user typed (or a name read from data), made safe to write through Range.values or
 * Range.formulas: text that would start a formula, or that starts with a tab, a line break or an
 * apostrophe, gets a leading apostrophe. Excel takes that apostrophe as "keep as text" and drops it:
 * the cell reads back as exactly the text given (so "'x" is written "''x" to keep its apostrophe).
 */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) || /^[\t\r\n']/.test(text) ? `'${text}` : text;
}
