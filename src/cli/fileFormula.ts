/**
 * A formula as Excel writes it inside an .xlsx, from the way a user types it. Excel stores an
 * add-in's custom function GSM.PACE as _xldudf_GSM_PACE and dynamic-array functions with their
 * future-function prefixes; written as typed, they open as #NAME?.
 * @example toFileFormula('GSM.PACE(B5,B4,B3)') // '_xldudf_GSM_PACE(B5,B4,B3)'
 */
export function toFileFormula(formula: string): string {
  return formula
    .replace(/(^|[^A-Za-z0-9_.])GSM\.([A-Z0-9_]+)\(/g, "$1_xldudf_GSM_$2(")
    .replace(/(^|[^A-Za-z0-9_.])FILTER\(/g, "$1_xlfn._xlws.FILTER(");
}
