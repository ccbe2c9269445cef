/*
 * The calendar's fast paths against the plain ones: civil-date arithmetic against JavaScript's
 * Date, and a frozen calendar's month tables against counting the month day by day.
 */
import fc from "fast-check";
import {
  dateToSerial,
  daysInMonth,
  MAX_SERIAL,
  monthProgress,
  serialToDate,
  storeCalendar,
  type StoreCalendar,
} from "../../../src/core/calendar";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** serialToDate as Date computes it (serial 60 is Excel's fictitious 1900-02-29). */
function dateOf(serial: number) {
  if (serial === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (serial < 60 ? serial + 1 : serial) * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe("civil-date arithmetic", () => {
  it("serialToDate agrees with Date, and dateToSerial inverts it, for every kind of serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (s) => {
        expect(serialToDate(s)).toEqual(dateOf(s));
        const { year, month, day } = dateOf(s);
        expect(dateToSerial(year, month, day)).toBe(s);
      }),
      { numRuns: 5000 }
    );
  });

  it("dateToSerial lets the month and day run over as DATE does (month 13, day 0, day 45)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1902, max: 9998 }),
        fc.integer({ min: -13, max: 26 }),
        fc.integer({ min: 0, max: 60 }),
        (y, m, d) => {
          const viaDate = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
          expect(dateToSerial(y, m, d)).toBe(viaDate);
        }
      )
    );
  });

  it.each([
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [1900, 2, 29], // Excel's fictitious leap day
    [2025, 4, 30],
    [2025, 12, 31],
  ])("daysInMonth(%i, %i) = %i", (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe("monthProgress on a frozen calendar (month tables) equals counting day by day", () => {
  it("for any month, day and holidays", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 80_000 }),
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom(1, 2, 11, 17, "0000011"),
        fc.array(fc.integer({ min: -31, max: 31 }), { maxLength: 6 }),
        (month, offset, weekend, holidayOffsets) => {
          const holidays = holidayOffsets.map((o) => [month + o]);
          const plain = storeCalendar(weekend, holidays) as StoreCalendar;
          const frozen = Object.freeze(storeCalendar(weekend, holidays) as StoreCalendar);
          expect(monthProgress(month, month + offset, frozen)).toEqual(monthProgress(month, month + offset, plain));
          expect(monthProgress(month, month + offset + 0.7, frozen)).toEqual(
            monthProgress(month, month + offset + 0.7, plain)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });
});
