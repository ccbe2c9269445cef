const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A number written as text the way DMS exports write it: "1,250", " 12 ", "$1,250.50", "(300)"
 * (accounting negative), "-45", "1e3". Returns null when the text is not a number.
 * @example parseNumberText("$1,234.50") // 1234.5
 * @example parseNumberText("(300)") // -300
 */
export function parseNumberText(text: string): number | null {
  // Most cells are plain decimals: skip the clean-up for them (a deal log has 100k of these).
  if (PLAIN_DECIMAL.test(text)) return Number(text);
  let t = text.trim().replace(/[$,\s]/g, "");
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1);
  }
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return sign * Number(t);
}
