/** A cell of the pace sheet: a formula ("=…"), or a value written as a value (names from data never become formulas). */
export type PaceSheetCell = { readonly formula: string } | { readonly value: string | number };

/** Where the deal log lives for the formulas: an Excel table and the header texts of its columns. */
export interface PaceSheetSource {
  readonly table: string;
  readonly soldDate: string;
  readonly salesperson: string;
  readonly channel: string;
  /** "Holidays[Date]" when the workbook has a holidays table, else null. */
  readonly holidays: string | null;
}

/** One line of the sheet: a salesperson on a channel (the channel's name as the deal log spells it). */
export interface PaceSheetLine {
  readonly salesperson: string;
  readonly channel: string;
  readonly channelId: string;
  /** Other spellings the deal log uses for the salesperson (a former name): their deals count too. */
  readonly aliases?: readonly string[];
}

/** Names as an array constant: {"Ana Diaz","DIAZ, ANA"} — text in quotes (quotes doubled), never a reference or formula. */
function namesConstant(names: readonly string[]): string {
  return `{${names.map((n) => `"${n.replace(/"/g, '""')}"`).join(",")}}`;
}

/** The sheet's name, and the row its table of lines starts on (1-based; the header row). */
export const PACE_SHEET_NAME = "Pacecar Pace";
export const PACE_SHEET_HEADER_ROW = 4;
export const PACE_SHEET_COLUMNS = [
  "Salesperson",
  "Channel",
  "Channel ID",
  "Target",
  "Deals so far",
  "Expected by today",
  "Pace",
  "Trend",
  "Projected month end",
  "Chance of target",
] as const;

/**
 * A column of a table as a structured reference: Deals[Sold Date]. Characters Excel reserves in
 * column names ([ ] # ') are escaped with an apostrophe, and a name holding any character but
 * letters, digits and spaces goes in double brackets, as Excel's syntax rules ask
 * (Deals[[Gross $]]): always valid, where single brackets may not parse.
 * @example structuredRef("Deals", "Stock #") // "Deals[[Stock '#]]"
 */
export function structuredRef(table: string, column: string): string {
  const escaped = column.replace(/(['#[\]])/g, "'$1");
  return /[^\p{L}\p{N} ]/u.test(column) ? `${table}[[${escaped}]]` : `${table}[${escaped}]`;
}

/**
 * The pace sheet as rows of cells: as-of and month on top, then one line per salesperson and
 * channel with live formulas — target by SUMIFS over PacecarTargets, deals so far by COUNTIFS,
 * GSM.EXPECTED_TO_DATE, GSM.PACE, GSM.TREND, GSM.PROJECT_MONTH_END(FILTER(…)) and GSM.PROB_REACH —
 * and a totals line. Names go in as values, so a name like "=HYPERLINK(…)" stays text.
 */
export function paceSheetCells(source: PaceSheetSource, lines: readonly PaceSheetLine[]): PaceSheetCell[][] {
  const col = (name: string) => structuredRef(source.table, name);
  const dates = col(source.soldDate);
  const cal = `,11${source.holidays ? `,${source.holidays}` : ""}`;
  const f = (formula: string): PaceSheetCell => ({ formula: `=${formula}` });
  const v = (value: string | number): PaceSheetCell => ({ value });
  const out: PaceSheetCell[][] = [
    [v("As of"), f("TODAY()"), v("type a date here to look back")],
    [v("Month"), f('TEXT(B1,"yyyy-mm")'), v("")],
    [v(""), v(""), v("")],
    PACE_SHEET_COLUMNS.map((h) => v(h)),
  ];
  lines.forEach((line, i) => {
    const r = String(PACE_SHEET_HEADER_ROW + 1 + i);
    // A salesperson with other spellings in the log is matched by any of them.
    const names = line.aliases && line.aliases.length > 0 ? namesConstant([line.salesperson, ...line.aliases]) : null;
    const person = names
      ? `ISNUMBER(MATCH(${col(source.salesperson)},${names},0))`
      : `(${col(source.salesperson)}=$A${r})`;
    const who = `${person}*(${col(source.channel)}=$B${r})`;
    const counted = `COUNTIFS(${col(source.salesperson)},${names ?? `$A${r}`},${col(source.channel)},$B${r},${dates},">="&(EOMONTH($B$1,-1)+1),${dates},"<="&$B$1)`;
    out.push([
      v(line.salesperson),
      v(line.channel),
      v(line.channelId),
      f(
        `SUMIFS(PacecarTargets[Deals],PacecarTargets[Month],$B$2,PacecarTargets[Salesperson],$A${r},PacecarTargets[Channel ID],$C${r})`
      ),
      f(names ? `SUM(${counted})` : counted),
      f(`GSM.EXPECTED_TO_DATE(D${r},$B$1${cal})`),
      f(`IFERROR(GSM.PACE(E${r},D${r},$B$1${cal}),"")`),
      f(`IFERROR(GSM.TREND(E${r},$B$1${cal}),"")`),
      f(`IFERROR(GSM.PROJECT_MONTH_END(FILTER(${dates},${who}),$B$1,,0.5${cal}),"")`),
      f(`IFERROR(GSM.PROB_REACH(FILTER(${dates},${who}),D${r},$B$1,${cal}),"")`),
    ]);
  });
  if (lines.length > 0) {
    const top = PACE_SHEET_HEADER_ROW + 1;
    const last = PACE_SHEET_HEADER_ROW + lines.length;
    const sum = (c: string) => f(`SUM(${c}${String(top)}:${c}${String(last)})`);
    const t = String(last + 1);
    out.push([
      v("Total"),
      v(""),
      v(""),
      sum("D"),
      sum("E"),
      f(`GSM.EXPECTED_TO_DATE(D${t},$B$1${cal})`),
      f(`IFERROR(GSM.PACE(E${t},D${t},$B$1${cal}),"")`),
      f(`IFERROR(GSM.TREND(E${t},$B$1${cal}),"")`),
      f(`IFERROR(GSM.PROJECT_MONTH_END(${dates},$B$1,,0.5${cal}),"")`),
      f(`IFERROR(GSM.PROB_REACH(${dates},D${t},$B$1,${cal}),"")`),
    ]);
  }
  return out;
}

/** Number formats of the line columns (null: General), in PACE_SHEET_COLUMNS order. */
export const PACE_SHEET_FORMATS: readonly (string | null)[] = [
  null,
  null,
  null,
  "0",
  "0",
  "0.0",
  "0%",
  "0.0",
  "0",
  "0%",
];
