import { matchHeader } from "./columns";

/** Delimiters an export may use: comma (US), semicolon (where the comma is the decimal mark), tab. */
const DELIMITERS = [",", ";", "\t"] as const;

/** How many lines the delimiter sniffing looks at: enough to get past a title block to the header. */
const SNIFF_LINES = 30;

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** The delimiter with the most occurrences (outside quotes) on any one of the first lines; comma on a tie. */
function busiestDelimiter(text: string): string {
  const most = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  const endLine = (): void => {
    for (const d of DELIMITERS) {
      most.set(d, Math.max(most.get(d) ?? 0, counts.get(d) ?? 0));
      counts.set(d, 0);
    }
    lines++;
  };
  // Quote state carries over line breaks: a quoted field may hold one.
  for (let i = 0; i < text.length && lines < SNIFF_LINES; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === "\n" || ch === "\r") endLine();
    else if (counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  endLine();
  let pick = ",";
  for (const d of DELIMITERS) if ((most.get(d) ?? 0) > (most.get(pick) ?? 0)) pick = d;
  return pick;
}

/**
 * The delimiter of a CSV text, found on its header line: the first of the first lines that,
 * split by some delimiter, names a sold-date column; the delimiter naming the most roles wins
 * (comma on a tie). A text with no such line falls back to the delimiter seen most on one line.
 * @example sniffDelimiter("ABC Motors, Deal Log\nSold Date;Stock #;Front Gross\n") // ";"
 */
export function sniffDelimiter(text: string): string {
  // Lines of the top of the file; a quoted line break there only costs a line of sniffing.
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .slice(0, SNIFF_LINES);
  for (const line of lines) {
    let pick: string | null = null;
    let pickRoles = 0;
    for (const d of DELIMITERS) {
      const match = matchHeader(splitCsv(line, d.charCodeAt(0))[0] ?? []);
      if (match.columns.soldDate !== null && match.rolesByText > pickRoles) {
        pick = d;
        pickRoles = match.rolesByText;
      }
    }
    if (pick !== null) return pick;
  }
  return busiestDelimiter(text);
}

/**
 * Splits CSV text into rows of fields, as RFC 4180 writes it: quoted fields may hold the
 * delimiter, line breaks and doubled quotes (""); lines end in CRLF, LF or CR; a UTF-8 byte
 * order mark and a final line break are dropped. The delimiter (",", ";" or tab) is sniffed
 * from the header line (see sniffDelimiter).
 * Lenient where exports are sloppy: a quote inside an unquoted field is kept as text, and
 * text after a closing quote is appended to the field. Every field is a string.
 * @example parseCsv('Stock #,Front Gross\r\nA1,"$1,200"\r\n') // [["Stock #", "Front Gross"], ["A1", "$1,200"]]
 */
export function parseCsv(text: string): string[][] {
  return readCsv(text).rows;
}

/** A CSV text's rows and the delimiter they were split on. */
export interface CsvRead {
  readonly rows: string[][];
  readonly delimiter: string;
}

/**
 * parseCsv, telling the delimiter too: a semicolon file likely comes from where the comma is the
 * decimal mark and the day comes first.
 * @example readCsv("Sold Date;Gross\n10.03.2025;1250,50\n").delimiter // ";"
 */
export function readCsv(text: string): CsvRead {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = sniffDelimiter(src);
  return { rows: splitCsv(src, delimiter.charCodeAt(0)), delimiter };
}

/** RFC 4180 splitting with a known delimiter (a char code). */
function splitCsv(src: string, delimiter: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = src.length;

  while (i < n) {
    let c = src.charCodeAt(i);
    if (c === QUOTE && field === "") {
      // Quoted field: runs to the next quote not doubled.
      i++;
      let start = i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          field += src.slice(start, n);
          i = n;
          break;
        }
        field += src.slice(start, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
          start = i;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything after the closing quote up to the delimiter belongs to the field.
      while (i < n) {
        c = src.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        field += src[i];
        i++;
      }
      if (i >= n) break;
    }
    const start = i;
    while (i < n) {
      c = src.charCodeAt(i);
      if (c === delimiter || c === LF || c === CR) break;
      i++;
    }
    field += src.slice(start, i);
    if (i >= n) break;
    if (c === delimiter) {
      row.push(field);
      field = "";
      i++;
      continue;
    }
    // End of line: CRLF counts once.
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
    i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
  }
  // The last line, unless the text ended with its line break.
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
