/* Editing targets: the last value wins, a cleared box removes the target, copy last month, fill a column, quarters. */
import fc from "fast-check";
import { dateToSerial } from "../../../src/core/calendar";
import {
  copyPreviousMonth,
  fillChannel,
  previousMonth,
  quarterDeals,
  quarterMonths,
  quarterTargets,
  shiftMonth,
  upsertTargets,
  type TargetRow,
} from "../../../src/core/targets";

const t = (
  month: string,
  salesperson: string,
  channelId: string,
  deals: number | null,
  revenue: number | null = null
): TargetRow => ({
  month,
  salesperson,
  channelId,
  channel: channelId === "" ? "" : channelId.toUpperCase(),
  deals,
  revenue,
});

describe("upsertTargets", () => {
  it("replaces a target with the same month, salesperson (any case) and channel, keeping the others in place", () => {
    const rows = [t("2025-03", "Ana", "web", 5), t("2025-03", "Bo", "web", 6)];
    expect(upsertTargets(rows, [t("2025-03", "ANA ", "web", 9)])).toEqual([
      t("2025-03", "ANA ", "web", 9),
      t("2025-03", "Bo", "web", 6),
    ]);
  });

  it("adds new targets after the old ones, and the last of several changes to one box wins", () => {
    expect(
      upsertTargets([t("2025-03", "Ana", "web", 5)], [t("2025-03", "Cy", "web", 1), t("2025-03", "Cy", "web", 12)])
    ).toEqual([t("2025-03", "Ana", "web", 5), t("2025-03", "Cy", "web", 12)]);
  });

  it("removes a target whose box was cleared", () => {
    expect(
      upsertTargets([t("2025-03", "Ana", "web", 5), t("2025-03", "Bo", "web", 6)], [t("2025-03", "Ana", "web", null)])
    ).toEqual([t("2025-03", "Bo", "web", 6)]);
  });

  it("ends with exactly the last value typed for each box (property)", () => {
    const edit = fc.record({
      who: fc.constantFrom("Ana", "Bo", "Cy"),
      ch: fc.constantFrom("web", "walk"),
      deals: fc.option(fc.nat(50)),
    });
    fc.assert(
      fc.property(fc.array(edit), fc.array(edit), (before, after) => {
        const start = upsertTargets(
          [],
          before.map((e) => t("2025-03", e.who, e.ch, e.deals))
        );
        const end = upsertTargets(
          start,
          after.map((e) => t("2025-03", e.who, e.ch, e.deals))
        );
        const last = new Map<string, number | null>();
        for (const e of [...before, ...after]) last.set(`${e.who}|${e.ch}`, e.deals);
        const expected = [...last].filter(([, v]) => v !== null).length;
        expect(end).toHaveLength(expected);
        for (const r of end) expect(r.deals).toBe(last.get(`${r.salesperson}|${r.channelId}`));
      })
    );
  });
});

describe("months", () => {
  it.each([
    ["2025-03", "2025-02"],
    ["2025-01", "2024-12"],
  ])("the month before %s is %s", (m, prev) => expect(previousMonth(m)).toBe(prev));

  it.each([
    ["2025-11", 2, "2026-01"],
    ["2025-03", -14, "2024-01"],
  ])("%s moved %i months is %s", (m, k, out) => expect(shiftMonth(m, k)).toBe(out));

  it.each([
    ["2025-05", ["2025-04", "2025-05", "2025-06"]],
    ["2025-12", ["2025-10", "2025-11", "2025-12"]],
    ["2025-01", ["2025-01", "2025-02", "2025-03"]],
  ])("the quarter of %s is %j", (m, q) => expect(quarterMonths(m)).toEqual(q));
});

it("copies last month's targets into the boxes this month hasn't filled", () => {
  const rows = [
    t("2025-02", "Ana", "web", 5, 9000),
    t("2025-02", "Bo", "web", 6),
    t("2025-03", "Bo", "web", 8),
    t("2025-01", "Cy", "web", 3),
  ];
  expect(copyPreviousMonth(rows, "2025-03")).toEqual([t("2025-03", "Ana", "web", 5, 9000)]);
});

it("fills a channel column for everyone, keeping each one's other figure", () => {
  const existing = [t("2025-03", "Ana", "web", 2, 5000)];
  expect(fillChannel("2025-03", { id: "web", name: "WEB" }, ["Ana", "Bo"], 4, existing)).toEqual([
    t("2025-03", "Ana", "web", 4, 5000),
    t("2025-03", "Bo", "web", 4),
  ]);
  expect(fillChannel("2025-03", { id: "web", name: "WEB" }, ["Ana", "Bo"], 9000, existing, "revenue")).toEqual([
    t("2025-03", "Ana", "web", 2, 9000),
    t("2025-03", "Bo", "web", null, 9000),
  ]);
});

it("sums a quarter's three months per salesperson and channel", () => {
  const rows = [
    t("2025-04", "Ana", "web", 5, 100),
    t("2025-05", "Ana", "web", 6),
    t("2025-06", "Ana", "web", 7, 50),
    t("2025-07", "Ana", "web", 99),
    t("2025-05", "Bo", "web", 2),
  ];
  // Ana: 5 + 6 + 7 = 18 deals, revenue 100 + 50 = 150 (May had none); July is the next quarter.
  expect(quarterTargets(rows, "2025-05")).toEqual([t("2025-Q2", "Ana", "web", 18, 150), t("2025-Q2", "Bo", "web", 2)]);
});

it("counts the quarter's deals so far, per salesperson and in all", () => {
  const d = (y: number, m: number, day: number, salesperson: string) => ({
    soldDate: dateToSerial(y, m, day),
    salesperson,
    channel: "",
  });
  const deals = [
    d(2025, 3, 31, "Ana"),
    d(2025, 4, 1, "Ana"),
    d(2025, 5, 20, "ana "),
    d(2025, 6, 2, "Bo"),
    d(2025, 6, 20, "Bo"),
    d(2025, 7, 1, "Bo"),
  ];
  // As of June 10th: Q2 holds April 1st (Ana), May 20th (Ana) and June 2nd (Bo); March 31st, June 20th and July 1st don't count.
  const q = quarterDeals(deals, "2025-05", dateToSerial(2025, 6, 10));
  expect([q.get(""), q.get("ana"), q.get("bo")]).toEqual([3, 2, 1]);
  // Seen after the quarter ended: through June 30th.
  expect(quarterDeals(deals, "2025-04", dateToSerial(2025, 8, 1)).get("")).toBe(4);
});
