/*
 * Progress over selling days, the leaderboard and who's behind, on a small hand-worked store.
 * Calendar: Sundays closed (weekend code 11), no holidays. March 2025 has 31 days − 5 Sundays
 * (2, 9, 16, 23, 30) = 26 selling days; through Monday the 10th: 10 − 2 Sundays = 8 gone.
 */
import { dateToSerial, dayOfWeek, isSellingDay, storeCalendar, type StoreCalendar } from "../../../src/core/calendar";
import {
  behindSince,
  floorSalespeople,
  leaderboard,
  teamForecasts,
  teamProgress,
  whoIsBehind,
  type Channel,
  type TargetRow,
  type TeamDeal,
} from "../../../src/core/targets";
import type { PaceDay } from "../../../src/core/forecast";

const calendar = storeCalendar(11, []) as StoreCalendar;
const day = (d: number) => dateToSerial(2025, 3, d);
const AS_OF = day(10);
const channels: Channel[] = [
  { id: "web", name: "Internet", activeFrom: "", retiredFrom: "" },
  { id: "walk", name: "Walk-in", activeFrom: "", retiredFrom: "" },
];
const deal = (d: number, salesperson: string, channel: string): TeamDeal => ({
  soldDate: day(d),
  salesperson,
  channel,
});
// Ana: 4 deals (3 Internet, 1 Walk-in); Bo: 1 on the 3rd; a deal on the 11th is after as-of.
const deals: TeamDeal[] = [
  deal(3, "Ana", "Internet"),
  deal(4, "Ana", "internet"),
  deal(8, "Ana", "Internet"),
  deal(10, "Ana", "Walk-in"),
  deal(3, "Bo", "Walk-in"),
  deal(11, "Bo", "Walk-in"),
];
const t = (salesperson: string, channelId: string, n: number): TargetRow => ({
  month: "2025-03",
  salesperson,
  channelId,
  channel: channelId === "web" ? "Internet" : "Walk-in",
  deals: n,
  revenue: null,
});
const rows = [t("Ana", "web", 8), t("Ana", "walk", 5), t("Bo", "walk", 13)];

const progress = teamProgress({ deals, rows, channels, salespeople: ["Ana", "Bo", "Cy"], asOf: AS_OF, calendar });
const person = (name: string) => progress.salespeople.find((s) => s.line.salesperson === name);

it.each([
  // Ana: target 8 + 5 = 13, expected 13 × 8/26 = 4, 4 deals → pace 1 (on pace counts as green).
  ["Ana", 13, 4, 4, 1, "ahead", 0],
  // Bo: target 13, expected 4, 1 deal → pace 0.25, 3 short.
  ["Bo", 13, 1, 4, 0.25, "behind", 3],
  // Cy: no target and no deal.
  ["Cy", null, 0, null, null, "noTarget", 0],
])("%s: target %j, %i deals, %j expected, pace %j, %s, %i short", (name, target, mtd, exp, pace, status, short) => {
  const line = person(name)?.line;
  expect(line?.target).toBe(target);
  expect(line?.mtd).toBe(mtd);
  if (exp === null) expect(line?.expected).toBeNull();
  else expect(line?.expected).toBeCloseTo(exp, 10);
  if (pace === null) expect(line?.pace).toBeNull();
  else expect(line?.pace).toBeCloseTo(pace, 10);
  expect(line?.status).toBe(status);
  expect(line?.shortOfPace).toBeCloseTo(short, 10);
});

it("counts a salesperson's deals per channel, a channel's name in any case", () => {
  const ana = person("Ana");
  // Internet: 3 of 8, expected 8 × 8/26 ≈ 2.46 → ahead; Walk-in: 1 of 5, expected ≈ 1.54 → behind.
  expect(ana?.cells.map((c) => [c.channelId, c.mtd, c.status])).toEqual([
    ["web", 3, "ahead"],
    ["walk", 1, "behind"],
  ]);
  expect(progress.channels.map((c) => [c.channelId, c.target, c.mtd])).toEqual([
    ["web", 8, 3],
    ["walk", 18, 2],
  ]);
});

it("projects with the trend when no model projection is given: mtd ÷ 8 × 26", () => {
  // Ana: 4 / 8 × 26 = 13.
  expect(person("Ana")?.line.projected).toBeCloseTo(13, 10);
  expect(person("Ana")?.line.projectedMethod).toBe("trend");
  // The store: 5 deals, target 13 + 13 = 26 (no store line), trend 5 / 8 × 26 = 16.25.
  expect(progress.store.target).toBe(26);
  expect(progress.store.trend).toBeCloseTo(16.25, 10);
});

it("warns only about people who sold lately and have no target", () => {
  expect(
    teamProgress({
      deals: [...deals, deal(5, "Dee", "Internet")],
      rows,
      channels,
      salespeople: ["Ana", "Bo", "Cy", "Dee"],
      asOf: AS_OF,
      calendar,
    }).missingTargets
  ).toEqual(["Dee"]);
});

it("finds the floor: who sold in the last 90 days or has a target this month", () => {
  const old: TeamDeal = { soldDate: day(10) - 120, salesperson: "Gone", channel: "Internet" };
  expect(floorSalespeople([...deals, old], [...rows, t("New Hire", "web", 2)], AS_OF)).toEqual([
    "Ana",
    "Bo",
    "New Hire",
  ]);
});

it("ranks by pace, those without a target last", () => {
  expect(leaderboard(progress.salespeople.map((s) => s.line)).map((p) => [p.rank, p.line.salesperson])).toEqual([
    [1, "Ana"],
    [2, "Bo"],
    [3, "Cy"],
  ]);
});

it("says who's behind, how many deals short (rounded up) and since when", () => {
  const behind = whoIsBehind(
    progress.salespeople.map((s) => s.line),
    (name) => deals.filter((d) => d.salesperson === name).map((d) => d.soldDate),
    AS_OF,
    calendar
  );
  // Bo sold on the 3rd: cumulative target 13 × n/26 passes 1 on the 3rd selling day (Tue 4th: 1.5),
  // so he has been behind since the 4th through the 10th.
  expect(behind.map((b) => [b.line.salesperson, b.dealsShort, b.behindSince])).toEqual([["Bo", 3, day(4)]]);
});

it.each([
  [[true, false, false], 1],
  [[false, true, false], 2],
  [[false, false, true], null],
  [[], null],
])("behindSince of days ahead %j is the day index %j", (aheads, index) => {
  const days = aheads.map((ahead, i) => ({ date: 100 + i, ahead }) as PaceDay);
  expect(behindSince(days)).toBe(index === null ? null : 100 + index);
});

it("projects, with the learned model, everyone who sold this month or has a target, and no one else", () => {
  // Two years of a steady store: Ana sells every selling day, Bo every Saturday; Gone left a year ago.
  const history: TeamDeal[] = [];
  for (let d = day(10) - 730; d <= day(10); d++) {
    if (!isSellingDay(d, calendar)) continue;
    history.push({ soldDate: d, salesperson: "Ana", channel: "Internet" });
    if (dayOfWeek(d) === 6) history.push({ soldDate: d, salesperson: "Bo", channel: "Walk-in" });
    if (d < day(10) - 365 && d % 7 === 0) history.push({ soldDate: d, salesperson: "Gone", channel: "Walk-in" });
  }
  const forecasts = teamForecasts(history, channels, [t("Bo", "walk", 4)], AS_OF, calendar);
  expect(forecasts.get("ana|")?.method).toBe("model");
  expect(forecasts.get("bo|walk")?.method).toBe("model");
  expect(forecasts.get("|walk")?.method).toBe("model");
  expect(forecasts.has("gone|")).toBe(false);
  const ana = teamProgress(
    { deals: history, rows: [t("Ana", "web", 26)], channels, salespeople: ["Ana"], asOf: AS_OF, calendar },
    forecasts
  ).salespeople[0]?.line;
  // Ana sells one deal every selling day: 26 in March, and the model's median agrees within a deal or two.
  expect(ana?.projectedMethod).toBe("model");
  expect(Math.abs((ana?.projected ?? 0) - 26)).toBeLessThanOrEqual(2);
  expect(ana?.probReach).toBeGreaterThan(0.2);
});
