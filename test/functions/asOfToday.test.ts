/*
 * An omitted as_of is today in the user's local time zone, and the day counts as elapsed from its
 * first minute. The clock is fixed with jest's fake timers; dates are built in local time.
 * (Time-zone switching itself is covered in test/core/calendar/today.test.ts.)
 */
import { expectedToDate, pace, trend } from "../../src/functions/functions";
import { errorOf, numberOf } from "./excelResult";

afterEach(() => {
  jest.useRealTimers();
});

describe("as_of omitted: today, local time", () => {
  // March 2025, Sundays closed: 26 selling days; 8 done by the end of Monday 3/10.
  it.each([
    ["omitted (null)", null],
    ["an empty cell on the desktop (0)", 0],
    ["a cell holding empty text", ""],
  ])("as_of %s on 3/10/2025 at 11:30 pm is 3/10", (_, asOf) => {
    jest.useFakeTimers({ now: new Date(2025, 2, 10, 23, 30) });
    expect(numberOf(expectedToDate(130, asOf))).toBeCloseTo(40, 12);
    expect(numberOf(pace(36, 130, asOf))).toBeCloseTo(0.9, 12);
    expect(numberOf(trend(36, asOf))).toBeCloseTo(117, 12);
  });

  it("the arguments can simply be left off", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 10, 9, 0) });
    expect(numberOf(expectedToDate(130))).toBeCloseTo(40, 12);
    expect(numberOf(pace(36, 130))).toBeCloseTo(0.9, 12);
    expect(numberOf(trend(36))).toBeCloseTo(117, 12);
  });

  it("one second into Saturday 3/1 the 1st already counts: 5 deals trend to 5 × 26", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 1, 0, 0, 1) });
    expect(numberOf(trend(5))).toBeCloseTo(130, 12);
  });

  it("follows the clock into the next day", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 10, 23, 59, 59) });
    expect(numberOf(trend(36))).toBeCloseTo(117, 12); // 8 days done
    jest.setSystemTime(new Date(2025, 2, 11, 0, 0, 1));
    expect(numberOf(trend(36))).toBeCloseTo((36 / 9) * 26, 12); // Tuesday 3/11 makes 9
  });

  it("with Sat+Sun closed, Saturday 3/1 has no selling day yet: #N/A", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 1, 15, 0) });
    expect(errorOf(pace(5, 100, null, 1))).toEqual({ code: "#N/A", message: "no selling day has elapsed yet" });
    expect(errorOf(trend(5, null, 1))).toEqual({ code: "#N/A", message: "no selling day has elapsed yet" });
  });
});
