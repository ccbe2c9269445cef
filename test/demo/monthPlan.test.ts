/* One month's expected deals: the rhythm moves deals within the month, the push adds a few at its end. */
import { dateToSerial, parseWeekend, type StoreCalendar, type WeekendMask } from "../../src/core/calendar";
import { planMonth } from "../../src/demo/monthPlan";
import { DEFAULT_DEMO_PROFILE } from "../../src/demo/profiles";

const calendar: StoreCalendar = { weekend: parseWeekend(11) as WeekendMask, holidays: new Set<number>() };
const noEvents = (): number => 1;
// April 2025: 30 days, 4 Sundays, 26 selling days, seasonality 1.02, not a quarter end. Push days: 25–26, 28–30 (27th is a Sunday).
const APRIL = dateToSerial(2025, 4, 1);
const profile = { ...DEFAULT_DEMO_PROFILE, unitsPerMonth: 100, pushStrength: 0.5, pushDays: 5 };
const day = (d: number) => dateToSerial(2025, 4, d);

it("totals unitsPerMonth × seasonality at the profile's mean push and no shock", () => {
  const plan = planMonth(APRIL, calendar, profile, noEvents, { shock: 1, push: 0.5 });
  // 100 × 1.02.
  expect(plan.truth.expectedTotal).toBeCloseTo(102, 9);
  expect(plan.days).toHaveLength(30);
  expect(plan.truth.pushDays).toEqual([day(25), day(26), day(28), day(29), day(30)]);
});

it.each([
  // Weights from the rhythm: Saturday 1.6, Friday 1.25, Tuesday 0.85, Wednesday 0.9.
  ["a Saturday against a Tuesday of the same week", day(19), day(15), 1.6 / 0.85],
  ["a Friday against a Wednesday", day(11), day(9), 1.25 / 0.9],
  // Tuesday the 1st sits in the month-start lull (0.85) against an ordinary Tuesday.
  ["the month's first day against a mid-month Tuesday", day(1), day(15), 0.85],
  // Tuesday the 29th is a push day at 1 + 0.5.
  ["a push Tuesday against a mid-month Tuesday", day(29), day(15), 1.5],
  ["a Sunday", day(13), day(15), 0],
])("weighs %s", (_, a, b, ratio) => {
  const plan = planMonth(APRIL, calendar, profile, noEvents, { shock: 1, push: 0.5 });
  const expected = new Map(plan.days.map((d) => [d.day, d.expected]));
  expect(expected.get(a)! / expected.get(b)!).toBeCloseTo(ratio, 9);
});

it("adds deals on a harder-than-usual push and scales the whole month by its shock", () => {
  const usual = planMonth(APRIL, calendar, profile, noEvents, { shock: 1, push: 0.5 }).truth.expectedTotal;
  const hard = planMonth(APRIL, calendar, profile, noEvents, { shock: 1, push: 1.5 }).truth.expectedTotal;
  const shocked = planMonth(APRIL, calendar, profile, noEvents, { shock: 0.9, push: 0.5 }).truth.expectedTotal;
  expect(hard).toBeGreaterThan(usual);
  // One extra push unit on 5 of 26 days: well under the 5/26 × 100% a flat-rate month would add.
  expect(hard / usual).toBeLessThan(1 + 5 / 26);
  expect(shocked).toBeCloseTo(0.9 * usual, 9);
});

it("moves deals toward event days without changing the month's total", () => {
  const lifted = planMonth(APRIL, calendar, profile, (d) => (d === day(19) ? 2 : 1), { shock: 1, push: 0.5 });
  expect(lifted.truth.expectedTotal).toBeCloseTo(102, 9);
  const expected = new Map(lifted.days.map((d) => [d.day, d.expected]));
  expect(expected.get(day(19))! / expected.get(day(12))!).toBeCloseTo(2, 9);
});
