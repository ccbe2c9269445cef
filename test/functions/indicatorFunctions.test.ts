/*
 * =GSM.LEADING_INDICATORS and =GSM.INDICATOR_FORECAST called as Excel calls them, on a hand-built
 * table: Units(t) = 2·Appointments(t−1) + 1.5·Shows(t) + 10, with a constant column and a copy.
 */
import { indicatorForecast, leadingIndicators } from "../../src/functions/budgetFunctions";
import { createRandom } from "../../src/demo/random";
import { errorOf, numberOf } from "./excelResult";

const random = createRandom(11);
const WEEKS = 24;
const appointments = Array.from({ length: WEEKS }, () => 20 + random.int(30));
const shows = Array.from({ length: WEEKS }, () => 50 + random.int(30));
const units = appointments.map((_, t) => (t === 0 ? 40 : 2 * (appointments[t - 1] ?? 0) + 1.5 * (shows[t] ?? 0) + 10));

const HEADER = ["Week", "Appointments", "Shows", "Open days", "Appointments (copy)"];
const TABLE = [HEADER, ...appointments.map((a, t) => [45705 + 7 * t, a, shows[t] ?? 0, 6, a])];
const OUTCOME = [["Units"], ...units.map((u) => [u])];

describe("GSM.LEADING_INDICATORS", () => {
  const spill = leadingIndicators(TABLE, OUTCOME) as (string | number)[][];

  it("spills a header and one row per indicator, strongest first, the Week column skipped", () => {
    expect(spill[0]).toEqual(["Indicator", "Best lag", "Correlation", "Weight", "Strength"]);
    expect(spill).toHaveLength(5);
    const correlations = spill.slice(1).map((r) => (typeof r[2] === "number" ? Math.abs(r[2]) : -1));
    expect(correlations).toEqual([...correlations].sort((a, b) => b - a));
    expect(spill.map((r) => r.length)).toEqual([5, 5, 5, 5, 5]);
  });

  it("appointments lead by one week, shows count the same week", () => {
    const byName = new Map(spill.slice(1).map((r) => [String(r[0]), r]));
    expect(byName.get("Appointments")?.[1]).toBe(1);
    expect(byName.get("Shows")?.[1]).toBe(0);
  });

  it("the constant and the copy are reported in words, with blank cells where there is no number", () => {
    const byName = new Map(spill.slice(1).map((r) => [String(r[0]), r]));
    expect(byName.get("Open days")).toEqual(["Open days", "", "", "", "constant"]);
    expect(byName.get("Appointments (copy)")?.[3]).toBe("");
    expect(byName.get("Appointments (copy)")?.[4]).toBe("collinear with Appointments");
  });

  it("gives the same table with or without the header rows", () => {
    const bare = leadingIndicators(
      TABLE.slice(1).map((r) => r.slice(1)),
      OUTCOME.slice(1)
    ) as (string | number)[][];
    // Lag, correlation and weight agree; without a header the columns are named "Column 1"….
    expect(bare.slice(1).map((r) => r.slice(1, 4))).toEqual(spill.slice(1).map((r) => r.slice(1, 4)));
    const numbered: Record<string, string> = {
      Appointments: "Column 1",
      Shows: "Column 2",
      "Open days": "Column 3",
      "Appointments (copy)": "Column 4",
    };
    expect(bare.slice(1).map((r) => r[0])).toEqual(spill.slice(1).map((r) => numbered[r[0] as string]));
  });

  it.each([
    [
      "max_lag omitted is 4: 12 periods needed, 11 given",
      [TABLE.slice(0, 12), OUTCOME.slice(0, 12)],
      "#N/A",
      "need at least 12 periods (got 11) for lags up to 4",
    ],
    ["max_lag 1 asks for fewer", [TABLE.slice(0, 10), OUTCOME.slice(0, 10), 1], null, null],
    [
      "mismatched lengths",
      [TABLE, OUTCOME.slice(0, 10)],
      "#VALUE!",
      "outcome has 9 rows but indicators have 24: select the same rows",
    ],
    ["max_lag negative", [TABLE, OUTCOME, -1], "#NUM!", "max_lag must be a whole number from 0 to 52"],
    ["max_lag a fraction", [TABLE, OUTCOME, 1.5], "#NUM!", "max_lag must be a whole number from 0 to 52"],
    ["max_lag text", [TABLE, OUTCOME, "lots"], "#VALUE!", "max_lag must be a number"],
    [
      "outcome constant",
      [TABLE, OUTCOME.map((r, i) => (i === 0 ? r : [7]))],
      "#N/A",
      "outcome never changes: there is nothing to explain",
    ],
  ])("%s", (_, args, code, message) => {
    const result = (leadingIndicators as (...a: unknown[]) => unknown)(...args);
    if (code === null) expect(Array.isArray(result)).toBe(true);
    else expect(errorOf(result)).toEqual({ code, message });
  });
});

describe("GSM.INDICATOR_FORECAST", () => {
  it("predicts next week's units from last week's appointments and this week's shows", () => {
    // Worked by hand: 2 × the last week's appointments + 1.5 × 70 shows + 10.
    const expected = 2 * (appointments[WEEKS - 1] ?? 0) + 1.5 * 70 + 10;
    expect(numberOf(indicatorForecast(TABLE, OUTCOME, [[45817, "", 70, 6, ""]]))).toBeCloseTo(expected, 6);
    expect(numberOf(indicatorForecast(TABLE, OUTCOME, [["", 70, 6, ""]]))).toBeCloseTo(expected, 6);
  });

  it("current as a column works as well as a row", () => {
    const expected = 2 * (appointments[WEEKS - 1] ?? 0) + 1.5 * 70 + 10;
    expect(numberOf(indicatorForecast(TABLE, OUTCOME, [[""], [70], [6], [""]]))).toBeCloseTo(expected, 6);
  });

  it.each([
    ["current of the wrong size", [[70, 6]], "#VALUE!", "current must have one value per indicator (4)"],
    ["no shows this week", [["", "", 6, ""]], "#VALUE!", "current needs Shows: it counts in the period forecast"],
  ])("%s", (_, current, code, message) => {
    expect(errorOf(indicatorForecast(TABLE, OUTCOME, current))).toEqual({ code, message });
  });

  it("a table too short is #N/A", () => {
    expect(errorOf(indicatorForecast(TABLE.slice(0, 6), OUTCOME.slice(0, 6), [["", 70, 6, ""]]))?.code).toBe("#N/A");
  });
});
