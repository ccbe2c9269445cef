import { minutesBetween, onDay, parseEventTime } from "../../../src/core/floor";
import { at, SAT } from "./clock";

describe("parseEventTime reads the time stamps CRMs and boards write", () => {
  // Expected values: DATE(2025,12,6) = 45997, plus the time as a fraction of 1440 minutes.
  it.each([
    ["serial with a fraction (noon)", SAT + 0.5, SAT + 0.5],
    ["US text, 24-hour", "12/6/2025 14:05", at("14:05")],
    ["US text with seconds", "12/6/2025 14:05:30", at("14:05") + 30 / 86400],
    ["US text, PM", "12/6/2025 2:05 PM", at("14:05")],
    ["US text, 12 AM is midnight", "12/6/2025 12:10 am", at("0:10")],
    ["US text, 12 PM is noon", "12/6/2025 12:10 PM", at("12:10")],
    ["ISO with T", "2025-12-06T14:05", at("14:05")],
    ["ISO with seconds and Z (read as wall clock)", "2025-12-06T14:05:00Z", at("14:05")],
    ["ISO with a space", "2025-12-06 09:30", at("9:30")],
    ["a date alone is midnight", "12/6/2025", SAT],
    ["a serial written as digits", "45997.75", SAT + 0.75],
    ["a time of day alone", "14:05", (14 * 60 + 5) / 1440],
    ["a time of day alone, PM", "2:05 pm", (14 * 60 + 5) / 1440],
    ["a JavaScript Date (UTC fields)", new Date(Date.UTC(2025, 11, 6, 14, 5)), at("14:05")],
  ])("%s", (_, cell, expected) => {
    expect(parseEventTime(cell)).toBeCloseTo(expected, 9);
  });

  it.each([
    ["blank", ""],
    ["0, the desktop's empty cell", 0],
    ["null", null],
    ["words", "after lunch"],
    ["a date with words after it", "12/6/2025 lunch"],
    ["25 o'clock", "12/6/2025 25:00"],
    ["13 PM", "12/6/2025 13:05 PM"],
    ["minute 75", "9:75"],
    ["February 30th", "2/30/2025 10:00"],
    ["an error value", "#N/A"],
    ["negative", -1],
    ["NaN", Number.NaN],
    ["TRUE", true],
    ["an invalid Date", new Date(Number.NaN)],
  ])("not a time stamp: %s", (_, cell) => {
    expect(parseEventTime(cell)).toBeNull();
  });
});

describe("onDay and minutesBetween", () => {
  it("places a bare time of day on the given day, leaves full time stamps alone", () => {
    expect(onDay(0.5, SAT + 0.9)).toBe(SAT + 0.5);
    expect(onDay(SAT + 0.25, SAT + 7)).toBe(SAT + 0.25);
  });

  it.each([
    ["14:05 → 14:50", at("14:05"), at("14:50"), 45],
    ["23:40 → 0:25 the next day (crossing midnight)", at("23:40"), at("0:25", 1), 45],
    ["same moment", at("10:00"), at("10:00"), 0],
    ["backwards", at("10:00"), at("9:30"), -30],
  ])("%s is %d minutes", (_, start, end, minutes) => {
    expect(minutesBetween(start, end)).toBe(minutes);
  });
});
