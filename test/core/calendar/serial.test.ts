import fc from "fast-check";
import {
  addMonths,
  dateToSerial,
  dayOfWeek,
  daysInMonth,
  isoDate,
  MAX_SERIAL,
  monthEnd,
  monthKey,
  monthStart,
  serialToDate,
} from "../../../src/core/calendar";

// Gregorian leap years, except that Excel's 1900 date system keeps the fictitious 1900-02-29.
const excelLeap = (y: number): boolean => y === 1900 || (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const excelDaysInMonth = (y: number, m: number): number => (m === 2 && excelLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? NaN));

describe("Excel serial dates, 1900 system", () => {
  // Each anchor worked by hand, counting days; Microsoft's docs also state 2000-01-01 = 36526.
  it.each([
    // Serial 1 is 1900-01-01 by definition.
    [1900, 1, 1, 1],
    // Jan has 31 days: 1900-02-01 = 32, so 1900-02-28 = 32 + 27 = 59.
    [1900, 2, 28, 59],
    // The fictitious leap day Excel keeps for Lotus 1-2-3 compatibility.
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    // 1900-01-01..1999-12-31 = 100 × 365 + 24 leap days (1904..1996; 1900 is not one) + Excel's extra 1900-02-29 = 36525.
    [1999, 12, 31, 36525],
    [2000, 1, 1, 36526],
    // 2000..2023 = 24 × 365 + 6 leap days (2000, 2004, …, 2020) = 8766 → 2024-01-01 = 45292; + 31 (Jan) + 28 = 45351.
    [2024, 2, 29, 45351],
    // 2025-01-01 = 45292 + 366 = 45658; + 31 + 28 + 6 = 45723.
    [2025, 3, 7, 45723],
    // 2000-01-01 + 8000 years = 20 Gregorian 400-year cycles of 146097 days: 36526 + 2921940 = 2958466 = 10000-01-01, so the day before is 2958465.
    [9999, 12, 31, 2958465],
  ])("DATE(%i,%i,%i) = %i", (year, month, day, serial) => {
    expect(dateToSerial(year, month, day)).toBe(serial);
    expect(serialToDate(serial)).toEqual({ year, month, day });
  });

  it("MAX_SERIAL is 9999-12-31", () => {
    expect(MAX_SERIAL).toBe(2958465);
    expect(isoDate(MAX_SERIAL)).toBe("9999-12-31");
  });

  it("drops the time of day: 45723.99 is still 2025-03-07", () => {
    expect(serialToDate(45723.99)).toEqual({ year: 2025, month: 3, day: 7 });
  });

  it("round-trips every serial in the first and last thousand days exhaustively", () => {
    for (let s = 1; s <= 1000; s++) expect(dateToSerial(...civil(serialToDate(s)))).toBe(s);
    for (let s = MAX_SERIAL - 1000; s <= MAX_SERIAL; s++) expect(dateToSerial(...civil(serialToDate(s)))).toBe(s);
  });

  it("round-trips sampled serials 1..2958465 and agrees with the day count since 1899-12-30 from 1900-03-01 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (s) => {
        const d = serialToDate(s);
        expect(dateToSerial(d.year, d.month, d.day)).toBe(s);
        if (s >= 61) {
          // Independent of the code: from 1900-03-01 on a serial is the plain day count since 1899-12-30.
          const js = new Date(Date.UTC(1899, 11, 30) + s * 86_400_000);
          expect(d).toEqual({ year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() });
        }
      }),
      { numRuns: 3000 }
    );
  });

  it("walks every month from 1900-01 to 9999-12: each month starts the day after the previous one ends", () => {
    let expectedStart = 1;
    for (let y = 1900; y <= 9999; y++) {
      for (let m = 1; m <= 12; m++) {
        const start = dateToSerial(y, m, 1);
        const days = excelDaysInMonth(y, m);
        if (start !== expectedStart || daysInMonth(y, m) !== days || dateToSerial(y, m, days) !== start + days - 1) {
          throw new Error(`calendar breaks at ${String(y)}-${String(m)}`);
        }
        expectedStart = start + days;
      }
    }
    expect(expectedStart).toBe(MAX_SERIAL + 1);
  });
});

function civil(d: { year: number; month: number; day: number }): [number, number, number] {
  return [d.year, d.month, d.day];
}

describe("daysInMonth, monthStart (EOMONTH(d,-1)+1) and monthEnd (EOMONTH(d,0))", () => {
  it.each([
    // Excel's February 1900 has 29 days (serials 32..60): DATE(1900,3,0) = 60.
    [1900, 2, 29],
    [1900, 1, 31],
    // Real century rules after 1900: 2000 leap (divisible by 400), 2100 not (Excel 97's EOMONTH bug for 2100 is long fixed).
    [2000, 2, 29],
    [2100, 2, 28],
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [9999, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    // [any day in the month, monthStart, monthEnd], worked from the anchors above.
    [45723, 45717, 45747], // 2025-03-07 → 2025-03-01 (45723 - 6) … 2025-03-31 (45717 + 30)
    [45351, 45323, 45351], // 2024-02-29 → 2024-02-01 (45351 - 28) … itself
    [45330, 45323, 45351], // 2024-02-08 → Feb 2024, leap
    [45700, 45689, 45716], // 2025-02-12 → 2025-02-01 … 2025-02-28 (28 days)
    [40, 32, 60], // 1900-02-09 → 1900-02-01 (32) … the fictitious 1900-02-29 (60)
    [60, 32, 60], // 1900-02-29 itself
    [61, 61, 91], // 1900-03-01 … 1900-03-31
    [1, 1, 31], // January 1900
    [36525, 36495, 36525], // 1999-12-31 → 1999-12-01 … itself
    [MAX_SERIAL, MAX_SERIAL - 30, MAX_SERIAL], // December 9999
    [45723.75, 45717, 45747], // a time of day changes nothing
  ])("the month of %d runs %i..%i", (serial, start, end) => {
    expect(monthStart(serial)).toBe(start);
    expect(monthEnd(serial)).toBe(end);
  });

  it("addMonths moves to the 1st of another month, across years and back", () => {
    expect(isoDate(addMonths(45723, 1))).toBe("2025-04-01");
    expect(isoDate(addMonths(45723, -3))).toBe("2024-12-01");
    expect(isoDate(addMonths(45723, 10))).toBe("2026-01-01");
    expect(isoDate(addMonths(61, -1))).toBe("1900-02-01");
  });

  it("monthKey and isoDate write the dates as text", () => {
    expect(monthKey(45723)).toBe("2025-03");
    expect(isoDate(60)).toBe("1900-02-29");
    expect(isoDate(1)).toBe("1900-01-01");
  });
});

describe("dayOfWeek = WEEKDAY(serial) - 1 (0 = Sunday)", () => {
  it.each([
    // WEEKDAY(1) = 1: Excel calls 1900-01-01 a Sunday (it was a Monday; the fictitious leap day makes it so).
    [1, 0],
    [7, 6], // 1900-01-07: Saturday in Excel's calendar
    [60, 3], // the fictitious 1900-02-29: WEEKDAY(60) = 4, Wednesday
    [61, 4], // 1900-03-01 was a Thursday, in Excel and in fact
    [0, 6], // WEEKDAY(0) = 7, Saturday
    [36525, 5], // 1999-12-31, Friday
    [36526, 6], // 2000-01-01, Saturday
    [45351, 4], // 2024-02-29, Thursday
    [45717, 6], // 2025-03-01, Saturday
    [45723, 5], // 2025-03-07, Friday
    [45723.9, 5], // times of day are dropped
    [MAX_SERIAL, 5], // 9999-12-31, Friday
  ])("dayOfWeek(%d) = %i", (serial, dow) => {
    expect(dayOfWeek(serial)).toBe(dow);
  });

  it("agrees with the JavaScript UTC weekday of 1899-12-30 + serial days for every sampled serial", () => {
    // Counting days from 1899-12-30 puts serial 1 on 1899-12-31, a Sunday: the serial count, not the real 1900 calendar, decides Excel's weekday.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (s) => {
        expect(dayOfWeek(s)).toBe(new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 }
    );
  });
});
