import fc from "fast-check";
import { isoDate, serialToDate } from "../../../src/core/calendar";
import {
  DEAL_LOG_HEADERS,
  dealToRow,
  isErrorText,
  isTotalsLabel,
  readDealLog,
  type Deal,
  type SkipReason,
} from "../../../src/core/dealLog";
import { isSheetError } from "../../../src/core/errors";

// 2000-01-01 .. 2050-12-31: DATE(2000,1,1) = 36526, DATE(2050,12,31) = 54789.
const serial = fc.integer({ min: 36526, max: 54789 });
// Names as a log spells them once read: trimmed, one space between words, one case spelling per name
// (the reader groups "ANA RUIZ" with "Ana Ruiz"), and never a totals label ("Total" marks a summary row).
const name = fc
  .oneof(fc.constant(""), fc.stringMatching(/^[A-Z][a-z,.'&é-]{0,6}(?: [A-Z][a-z]{0,6})?$/))
  .filter((s) => !isErrorText(s) && !isTotalsLabel(s));
// Whole cents, so the text "$1,234.56" reads back to exactly the number.
const money = fc.integer({ min: -500_000, max: 1_500_000 }).map((cents) => cents / 100);

const deal: fc.Arbitrary<Deal> = fc.record({
  soldDate: serial,
  stockNumber: fc.stringMatching(/^[A-Z]{0,2}\d{1,6}$/),
  salesperson: name,
  channel: name,
  newUsed: fc.constantFrom("New" as const, "Used" as const, "" as const),
  frontGross: money,
  backGross: money,
});

/** The date cell in one of the forms exports write it. */
function dateCell(s: number, form: number): unknown {
  const { year, month, day } = serialToDate(s);
  switch (form) {
    case 0:
      return s;
    case 1:
      return s + 0.4; // with a time of day
    case 2:
      return new Date(Date.UTC(year, month - 1, day, 15, 30));
    case 3:
      return isoDate(s);
    case 4:
      return `${String(month)}/${String(day)}/${String(year)}`;
    default:
      return `${isoDate(s)} 09:15`;
  }
}

function moneyText(n: number): string {
  const text = `$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return n < 0 ? `(${text})` : text;
}

/** A deal as a messy export writes it: the date in some form, gross as a number or money text, N/U spelled differently. */
function dealRow(d: Deal, dateForm: number, asText: boolean, nuForm: number): unknown[] {
  const row = dealToRow(d);
  row[1] = dateCell(d.soldDate, dateForm) as never;
  if (asText) {
    row[5] = moneyText(d.frontGross);
    row[6] = moneyText(d.backGross);
  }
  const spellings = { New: ["New", "N", "NEW"], Used: ["Used", "U", "CPO"], "": ["", "Fleet", "Demo"] }[d.newUsed];
  row[4] = spellings[nuForm % spellings.length] ?? "";
  return row;
}

type Junk = Exclude<SkipReason, "badDate">;
const junkRow: fc.Arbitrary<{ reason: Junk; row: unknown[] }> = fc.oneof(
  fc
    .constantFrom<unknown[]>([], ["", "", ""], [null, "   ", undefined])
    .map((row) => ({ reason: "blank" as const, row })),
  fc.constant({ reason: "repeatedHeader" as const, row: [...DEAL_LOG_HEADERS] as unknown[] }),
  fc
    .constantFrom("Total", "TOTALS", "Grand Total", "Sum")
    .map((label) => ({ reason: "totals" as const, row: [label, "", "", "", "", 1000, 250] })),
  money.map((m) => ({ reason: "totals" as const, row: ["", "", "", "", "", m, moneyText(m)] }))
);

const item = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ deal, dateForm: fc.integer({ min: 0, max: 5 }), asText: fc.boolean(), nuForm: fc.nat(2) }),
  },
  { weight: 1, arbitrary: junkRow }
);

it("reads back exactly the deals written, counting every junk row under its reason", () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 60 }), fc.nat(3), (items, titleRows) => {
      const title: unknown[][] = [["ABC Motors Deal Log"], ["Printed", "3/31/2025"], [], ["Store 12"]].slice(
        0,
        titleRows
      );
      const rows: unknown[][] = [...title, [...DEAL_LOG_HEADERS]];
      const expected: Deal[] = [];
      const counts: Record<SkipReason, number> = { blank: 0, repeatedHeader: 0, totals: 0, badDate: 0 };
      const reasons: { row: number; reason: SkipReason }[] = [];
      for (const it of items) {
        if ("deal" in it) {
          rows.push(dealRow(it.deal, it.dateForm, it.asText, it.nuForm));
          expected.push(it.deal);
        } else {
          reasons.push({ row: rows.length, reason: it.reason });
          rows.push(it.row);
          counts[it.reason]++;
        }
      }
      const log = readDealLog(rows);
      if (isSheetError(log)) throw new Error(log.message);
      expect(log.headerRow).toBe(titleRows);
      expect(log.deals).toEqual(expected);
      expect(log.skipped).toEqual(counts);
      expect(log.skippedRows).toEqual(reasons.slice(0, 20));
      expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 0 });
      expect(log.rowsRead).toBe(items.length);
    }),
    { numRuns: 200 }
  );
});

it("accounts for every row under the header: deals + skipped = rows read, whatever the cells", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.constantFrom("Total", "#N/A", "3/7/2025", "Sold Date", "$1,200", "")
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), (body) => {
      const log = readDealLog([[...DEAL_LOG_HEADERS], ...body]);
      if (isSheetError(log)) throw new Error(log.message);
      const skipped = Object.values(log.skipped).reduce((a, b) => a + b, 0);
      expect(log.deals.length + skipped).toBe(body.length);
      expect(log.rowsRead).toBe(body.length);
    })
  );
});

/** Money as a log written with decimal commas has it: "1.234,56", "-300,00" or "(1.234,00)". */
function euroText(n: number, form: number): string {
  const [whole = "0", cents = "00"] = Math.abs(n).toFixed(2).split(".");
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${cents}${form === 2 ? " €" : ""}`;
  if (n >= 0) return text;
  return form === 1 ? `(${text})` : `-${text}`;
}

/** A date day first: dotted (always day first), or with slashes (day first when the log shows it). */
function dayFirstText(s: number, dotted: boolean): string {
  const { year, month, day } = serialToDate(s);
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  return dotted ? `${dd}.${mm}.${String(year)}` : `${dd}/${mm}/${String(year)}`;
}

it("reads back a log written day first with decimal commas, telling its format from its cells", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ deal, dotted: fc.boolean(), form: fc.nat(2) }), { minLength: 1, maxLength: 40 }),
      (items) => {
        const rows: unknown[][] = [[...DEAL_LOG_HEADERS]];
        // The first date dotted: the log shows its days come first even when no day passes the 12th.
        items.forEach(({ deal: d, dotted, form }, i) => {
          const row = dealToRow(d);
          row[1] = dayFirstText(d.soldDate, dotted || i === 0);
          row[5] = euroText(d.frontGross, form);
          row[6] = euroText(d.backGross, form);
          rows.push(row);
        });
        const log = readDealLog(rows);
        if (isSheetError(log)) throw new Error(log.message);
        expect(log.textFormat).toEqual({ dateOrder: "dmy", decimalMark: "," });
        expect(log.deals).toEqual(items.map((it) => it.deal));
        expect(log.skippedCells).toEqual({ badNumber: 0, errorValue: 0 });
      }
    ),
    { numRuns: 100 }
  );
});
