const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

// Currency signs and codes, spaces (a no-break or thin space groups thousands in Europe) and the Swiss apostrophe.
const NOISE = /[$€£¥\s\u00a0\u202f']|\b(?:USD|EUR|GBP|CAD)\b/gi;

/** The decimal mark of number text: "." (US, "1,234.50") or "," (much of Europe, "1.234,50"). */
export type DecimalMark = "." | ",";

/**
 * A number written as text the way DMS exports write it: "1,250", " 12 ", "$1,250.50", "(300)"
 * (accounting negative), "300-" (trailing minus, as report writers print it), "-45", "1e3",
 * "−45" (a typographic minus). With decimalMark "," the roles of "." and "," swap: "1.234,50" is
 * 1234.5. Returns null when the text is not a number.
 * @example parseNumberText("$1,234.50") // 1234.5
 * @example parseNumberText("(300)") // -300
 * @example parseNumberText("1.234,50 €", ",") // 1234.5
 */
export function parseNumberText(text: string, decimalMark: DecimalMark = "."): number | null {
  // Most cells are plain decimals: skip the clean-up for them (a deal log has 100k of these).
  if (decimalMark === "." && PLAIN_DECIMAL.test(text)) return Number(text);
  let t = text
    .trim()
    .replace(NOISE, "")
    .replace(/\u2212/g, "-");
  t = decimalMark === "," ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1);
  } else if (/^\d[\d.]*-$/.test(t)) {
    sign = -1;
    t = t.slice(0, -1);
  }
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return sign * Number(t);
}

// Whole-number text with its separators and decimals, signs and currency stripped: "1.234,50", "1,250", "12.5".
const GROUPED = /^(\d+)((?:[.,]\d+)*)$/;

/**
 * Which decimal mark one number text proves, or null when it could be either ("1,250", "1250").
 * A separator followed by other than 3 digits is a decimal mark ("12,5", "1250.50"); a text with both
 * marks has its decimal mark last ("1.234,50"); a mark used twice groups thousands ("1,234,567").
 * @example decimalMarkOf("1.234,50") // ","
 * @example decimalMarkOf("1,250") // null
 */
export function decimalMarkOf(text: string): DecimalMark | null {
  const m = GROUPED.exec(text.replace(NOISE, "").replace(/^[(+\-\u2212]+|[)-]+$/g, ""));
  if (!m) return null;
  const seps = (m[2] ?? "").match(/[.,]\d+/g) ?? [];
  const last = seps[seps.length - 1];
  if (last === undefined) return null;
  const mark = last[0] as DecimalMark;
  const other: DecimalMark = mark === "." ? "," : ".";
  if (seps.some((s) => s[0] === other)) return mark;
  if (last.length - 1 !== 3) return seps.length === 1 ? mark : null;
  // "1,234,567" groups thousands with its one mark: the decimal mark is the other one.
  return seps.length > 1 ? other : null;
}
