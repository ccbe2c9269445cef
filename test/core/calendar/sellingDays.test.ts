import fc from "fast-check";
import {
  dateToSerial,
  isSellingDay,
  MAX_SERIAL,
  monthEnd,
  monthProgress,
  monthStart,
  parseHolidays,
  parseWeekend,
  sellingDaysBetween,
  sellingDaysOfMonth,
  storeCalendar,
  type StoreCalendar,
} from "../../../src/core/calendar";
import { isSheetError } from "../../../src/core/errors";
import { WEEKEND_CODES } from "./weekendCodes";

/**
 * NETWORKDAYS.INTL(start, end, mask, holidays) for start ≤ end, straight from Microsoft's
 * description: count the whole days from start through end that are neither a weekend day
 * (mask Monday..Sunday, 1 = closed) nor one of the holidays. One day at a time, on JS Dates in
 * UTC, sharing no code with the implementation. Day n after 1899-12-30 carries Excel's weekday for
 * serial n (serial 1 lands on 1899-12-31, a Sunday, as WEEKDAY(1) = 1 says).
 */
function referenceNetworkdaysIntl(start: number, end: number, mask: string, holidays: readonly number[]): number {
  const holidayDays = new Set(holidays.map((h) => Math.floor(h)));
  let count = 0;
  for (let s = Math.floor(start); s <= Math.floor(end); s++) {
    const sundayFirst = new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay();
    const mondayFirst = (sundayFirst + 6) % 7;
    if (mask[mondayFirst] === "1") continue;
    if (holidayDays.has(s)) continue;
    count++;
  }
  return count;
}

function calendar(weekend: unknown, holidays: unknown = null): StoreCalendar {
  const c = storeCalendar(weekend, holidays);
  if (isSheetError(c)) throw new Error(c.message);
  return c;
}

const d = dateToSerial;

describe("selling days in a month, worked by hand (each is NETWORKDAYS.INTL(1st, last, weekend, holidays))", () => {
  it.each([
    ["March 2025, Sundays closed: 31 days, Sundays 2,9,16,23,30", d(2025, 3, 1), 11, null, 26],
    ["March 2025, Sat+Sun: minus Saturdays 1,8,15,22,29 too (NETWORKDAYS gives 21)", d(2025, 3, 1), 1, null, 21],
    ["March 2025, Fri+Sat: Fridays 7,14,21,28 and 5 Saturdays", d(2025, 3, 1), 7, null, 22],
    ["March 2025, Mondays only closed: Mondays 3,10,17,24,31", d(2025, 3, 1), 12, null, 26],
    ["March 2025, Saturdays only closed", d(2025, 3, 1), 17, null, 26],
    ["March 2025, open every day", d(2025, 3, 1), "0000000", null, 31],
    ["March 2025, Mon+Wed+Fri closed: 5 Mondays, 4 Wednesdays, 4 Fridays", d(2025, 3, 1), "1010100", null, 18],
    ["March 2025, Sundays, St Patrick's Monday 3/17 closed", d(2025, 3, 1), 11, [[d(2025, 3, 17)]], 25],
    ["March 2025, a holiday on Sunday 3/16 is not taken off twice", d(2025, 3, 1), 11, [[d(2025, 3, 16)]], 26],
    ["March 2025, a holiday in April changes nothing", d(2025, 3, 1), 11, [[d(2025, 4, 18)]], 26],
    [
      "March 2025, the same holiday listed twice counts once",
      d(2025, 3, 1),
      11,
      [[d(2025, 3, 17)], [d(2025, 3, 17)]],
      25,
    ],
    [
      "March 2025, blanks in the holidays range are skipped",
      d(2025, 3, 1),
      11,
      [[0], [null], [""], [d(2025, 3, 17)]],
      25,
    ],
    ["Feb 2024 (leap), Sundays 4,11,18,25", d(2024, 2, 10), 11, null, 25],
    ["Feb 2024, Sat+Sun: 29 days minus 4 Saturdays and 4 Sundays", d(2024, 2, 10), 1, null, 21],
    ["Feb 2025, Sundays 2,9,16,23", d(2025, 2, 1), 11, null, 24],
    ["Nov 2025, Sundays 2,9,16,23,30 and Thanksgiving 11/27", d(2025, 11, 1), 11, [[d(2025, 11, 27)]], 24],
    [
      "Dec 2025, Christmas (Thu), a Sunday holiday 12/28, New Year 2026 and a blank: only Christmas counts",
      d(2025, 12, 1),
      11,
      [[d(2025, 12, 25)], [d(2025, 12, 25)], [d(2025, 12, 28)], [d(2026, 1, 1)], [0]],
      26,
    ],
    ["Jan 1900: Excel's Sundays are serials 1,8,15,22,29", 1, 11, null, 26],
    ["Feb 1900 has 29 days in Excel (32..60); Sundays are serials 36,43,50,57", 32, 11, null, 25],
    ["Dec 9999 starts on a Wednesday; Sundays 5,12,19,26", MAX_SERIAL, 11, null, 27],
  ])("%s → %i", (_, month, weekend, holidays, expected) => {
    const c = calendar(weekend, holidays);
    const { total } = monthProgress(month, month, c);
    expect(total).toBe(expected);
    expect(sellingDaysBetween(monthStart(month), monthEnd(month), c)).toBe(expected);
    expect(sellingDaysOfMonth(month, c)).toHaveLength(expected);
  });

  // Microsoft's own examples on the NETWORKDAYS.INTL help page, with the results it prints.
  it.each([
    [
      "=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,1,31)): 31 days minus 9 weekend days",
      d(2006, 1, 1),
      d(2006, 1, 31),
      1,
      null,
      22,
    ],
    [
      '=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,2,1),7,{"2006/1/2","2006/1/16"}): 32 days minus 4 Fridays, 4 Saturdays, 2 holidays',
      d(2006, 1, 1),
      d(2006, 2, 1),
      7,
      [["2006/1/2", "2006/1/16"]],
      22,
    ],
    [
      '=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,2,1),"0010001",{"2006/1/2","2006/1/16"}): Wednesdays and Sundays closed',
      d(2006, 1, 1),
      d(2006, 2, 1),
      "0010001",
      [["2006/1/2", "2006/1/16"]],
      20,
    ],
  ])("%s → %i", (_, start, end, weekend, holidays, expected) => {
    expect(sellingDaysBetween(start, end, calendar(weekend, holidays))).toBe(expected);
  });

  it.each([
    ["through Monday 3/10: open 1,3,4,5,6,7,8,10", d(2025, 3, 10), 8],
    ["through Saturday 3/1, the first day, which counts as elapsed", d(2025, 3, 1), 1],
    ["through Sunday 3/2: the closed day adds nothing", d(2025, 3, 2), 1],
    ["through 3/31: the whole month", d(2025, 3, 31), 26],
    ["through 2/28, before the month: nothing yet", d(2025, 2, 28), 0],
    ["through 4/5, after the month: the whole month", d(2025, 4, 5), 26],
    ["through 3/10 at 11:59 pm: the time of day changes nothing", d(2025, 3, 10) + 0.9999, 8],
  ])("March 2025 (Sundays closed) elapsed %s → %i", (_, through, elapsed) => {
    const progress = monthProgress(d(2025, 3, 15), through, calendar(11));
    expect(progress).toEqual({ monthStart: d(2025, 3, 1), monthEnd: d(2025, 3, 31), total: 26, elapsed });
  });

  it("sellingDaysBetween is 0 for a span that ends before it starts (NETWORKDAYS.INTL would count backwards: its help shows -21)", () => {
    expect(sellingDaysBetween(d(2025, 3, 10), d(2025, 3, 1), calendar(11))).toBe(0);
  });

  it("isSellingDay: open, weekend and holiday days", () => {
    const c = calendar(11, [[d(2025, 3, 17)]]);
    expect(isSellingDay(d(2025, 3, 15), c)).toBe(true); // a Saturday, open at a dealer
    expect(isSellingDay(d(2025, 3, 16), c)).toBe(false); // Sunday
    expect(isSellingDay(d(2025, 3, 17) + 0.5, c)).toBe(false); // the holiday, at noon
  });
});

// Arbitraries: a weekend as a code or as a mask that leaves at least one day open.
const weekendArb = fc.oneof(
  fc.constantFrom(...WEEKEND_CODES.map(([code]) => code)),
  fc
    .array(fc.constantFrom("0", "1"), { minLength: 7, maxLength: 7 })
    .map((a) => a.join(""))
    .filter((m) => m !== "1111111")
);
const maskOf = (weekend: number | string): string =>
  typeof weekend === "string" ? weekend : (WEEKEND_CODES.find(([c]) => c === weekend)?.[1] ?? "");
const spanArb = fc
  .tuple(fc.integer({ min: 1, max: MAX_SERIAL }), fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => [start, Math.min(MAX_SERIAL, start + length)] as const);
/** Holidays near a span: inside it, just outside it, with times of day, repeats and blanks. */
const holidaysNear = (start: number, end: number) =>
  fc.array(
    fc.oneof(
      fc.integer({ min: Math.max(1, start - 10), max: Math.min(MAX_SERIAL, end + 10) }),
      fc.integer({ min: Math.max(1, start - 10), max: Math.min(MAX_SERIAL, end + 10) }).map((s) => s + 0.5),
      fc.constant(0)
    ),
    { maxLength: 30 }
  );

describe("properties", () => {
  it("sellingDaysBetween equals the day-by-day NETWORKDAYS.INTL reference for random spans, weekends and holiday sets", () => {
    fc.assert(
      fc.property(
        spanArb.chain(([start, end]) =>
          fc.tuple(fc.constant(start), fc.constant(end), weekendArb, holidaysNear(start, end))
        ),
        ([start, end, weekend, holidays]) => {
          const expected = referenceNetworkdaysIntl(
            start,
            end,
            maskOf(weekend),
            holidays.filter((h) => h !== 0)
          );
          return (
            sellingDaysBetween(
              start,
              end,
              calendar(
                weekend,
                holidays.map((h) => [h])
              )
            ) === expected
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  it("a whole month, with any weekend and holidays, equals the reference too", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: MAX_SERIAL })
          .chain((s) => fc.tuple(fc.constant(s), weekendArb, holidaysNear(monthStart(s), monthEnd(s)))),
        ([s, weekend, holidays]) => {
          const { total } = monthProgress(s, s, calendar(weekend, [holidays]));
          return (
            total ===
            referenceNetworkdaysIntl(
              monthStart(s),
              monthEnd(s),
              maskOf(weekend),
              holidays.filter((h) => h !== 0)
            )
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("elapsed never exceeds the month's total, and neither is negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SERIAL }),
        fc.integer({ min: -40, max: 40 }),
        weekendArb,
        (s, offset, weekend) => {
          const { elapsed, total } = monthProgress(s, s + offset, calendar(weekend));
          return elapsed >= 0 && elapsed <= total && total <= 31;
        }
      )
    );
  });

  it("sellingDaysBetween never decreases as `through` moves later", () => {
    fc.assert(
      fc.property(
        spanArb.chain(([start, end]) =>
          fc.tuple(
            fc.constant(start),
            fc.constant(end),
            fc.integer({ min: 0, max: 40 }),
            weekendArb,
            holidaysNear(start, end)
          )
        ),
        ([start, through, later, weekend, holidays]) => {
          const c = calendar(weekend, [holidays]);
          return sellingDaysBetween(start, through, c) <= sellingDaysBetween(start, through + later, c);
        }
      )
    );
  });

  it.each(WEEKEND_CODES)("code %i and mask %s give identical counts on any span", (code, mask) => {
    fc.assert(
      fc.property(
        spanArb,
        ([start, end]) =>
          sellingDaysBetween(start, end, calendar(code)) === sellingDaysBetween(start, end, calendar(mask))
      ),
      { numRuns: 50 }
    );
  });

  it("a holiday on a closed weekday or outside the span changes nothing; one on an open day inside it takes exactly one off", () => {
    fc.assert(
      fc.property(spanArb, weekendArb, fc.integer({ min: -10, max: 810 }), ([start, end], weekend, offset) => {
        const day = start + offset;
        fc.pre(day >= 1 && day <= MAX_SERIAL);
        const without = calendar(weekend);
        const withHoliday = calendar(weekend, [[day]]);
        const open = !(parseWeekend(weekend) as readonly boolean[])[
          new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).getUTCDay()
        ];
        const inside = day >= start && day <= end;
        const drop = open && inside ? 1 : 0;
        return sellingDaysBetween(start, end, withHoliday) === sellingDaysBetween(start, end, without) - drop;
      })
    );
  });

  it("parseHolidays drops nothing that matters: the set's days are the floored non-blank cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: MAX_SERIAL }), fc.constant(0), fc.constant(null))),
        (cells) => {
          const set = parseHolidays(cells.map((c) => [c]));
          const expected = new Set(cells.filter((c): c is number => typeof c === "number" && c !== 0));
          return !isSheetError(set) && set.size === expected.size && [...expected].every((h) => set.has(h));
        }
      )
    );
  });
});
