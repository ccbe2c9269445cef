/*
 * What Excel (US settings) makes of a CSV cell when it opens the file: the typed value a range then
 * hands over. Written apart from the reader under test, so reading these values checks it against
 * an independent account: dates and date-times as serials (with the time as a fraction), numbers and
 * money as numbers, error texts as error values; anything else stays text.
 */

const ERROR_TYPES: Record<string, string> = {
  "#N/A": "NotAvailable",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#DIV/0!": "Div0",
  "#NUM!": "Num",
  "#NAME?": "Name",
  "#NULL!": "Null",
};

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30); // serial 0, as Excel counts from 3/1/1900 on

function serial(y: number, m: number, d: number, h = 0, min = 0, s = 0): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return (t - EPOCH) / DAY_MS + (h * 3600 + min * 60 + s) / 86_400;
}

const US_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const MONEY = /^(\()?(-)?\$?(-)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)?(-)?$/;

/** The value Excel would hold for one CSV cell. */
export function asExcelOpensIt(text: string): unknown {
  const t = text.trim();
  const error = ERROR_TYPES[t.toUpperCase()];
  if (error !== undefined) return { type: "Error", basicType: "Error", basicValue: t.toUpperCase(), errorType: error };
  const us = US_DATE.exec(t);
  if (us) {
    const year = us[3]?.length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    let hour = Number(us[4] ?? 0);
    const ampm = us[7]?.toUpperCase();
    if (ampm === "PM" && hour < 12) hour += 12;
    if (ampm === "AM" && hour === 12) hour = 0;
    return serial(year, Number(us[1]), Number(us[2]), hour, Number(us[5] ?? 0), Number(us[6] ?? 0)) ?? text;
  }
  const iso = ISO_DATE.exec(t);
  if (iso)
    return (
      serial(
        Number(iso[1]),
        Number(iso[2]),
        Number(iso[3]),
        Number(iso[4] ?? 0),
        Number(iso[5] ?? 0),
        Number(iso[6] ?? 0)
      ) ?? text
    );
  const money = MONEY.exec(t);
  if (money) {
    const negative = money[1] === "(" || money[2] === "-" || money[3] === "-" || money[6] === "-";
    const n = Number(`${(money[4] ?? "").replace(/,/g, "")}${money[5] ?? ""}`);
    return negative ? -n : n;
  }
  return text;
}
