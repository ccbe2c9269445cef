/* The Team view's model: what a box reads as, the months offered, the grid's people and channels, a line in words. */
import { dateToSerial } from "../../../src/core/calendar";
import type { ProgressLine } from "../../../src/core/targets";
import { demoWorkbook } from "../../../src/demo/demoWorkbook";
import { MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { demoPort, previewStorageKey } from "../../../src/taskpane/demoPort";
import {
  activeSalespeople,
  gridChannels,
  gridSalespeople,
  lineDetail,
  monthAsOf,
  parseTargetText,
  pickerMonths,
  setupSalespeople,
  teamBase,
} from "../../../src/taskpane/team/teamModel";

it.each([
  ["", null],
  [" 12 ", 12],
  ["1,200", 1200],
  ["$45,000", 45000],
  ["2.5", 2.5],
  ["-3", "invalid"],
  ["12o", "invalid"],
])("a box holding %j reads as %j", (text, value) => expect(parseTargetText(text)).toBe(value));

it("offers two months back to two ahead", () => {
  expect(pickerMonths(dateToSerial(2026, 1, 15))).toEqual(["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
});

it.each([
  ["2026-11", dateToSerial(2026, 11, 10)],
  ["2026-10", dateToSerial(2026, 10, 31)],
  ["2026-12", dateToSerial(2026, 11, 10)],
])("month %s is seen from %i", (month, serial) => expect(monthAsOf(month, dateToSerial(2026, 11, 10))).toBe(serial));

it("puts the demo floor and its six channels in the grid, and an added name after them", async () => {
  const asOf = dateToSerial(2026, 11, 10);
  const demo = demoWorkbook(asOf);
  const snapshot = await new MemoryWorkbook(
    { source: "Deals", rows: demo.dealRows },
    demo.targetRows,
    demo.holidays,
    [],
    demo.channels
  ).readSnapshot();
  const base = teamBase(snapshot, asOf);
  if ("problem" in base) throw new Error(base.problem);
  const rows = snapshot.targetRows ?? [];
  expect(gridChannels(snapshot.channels ?? [], base, rows, "2026-11").map((c) => c.name)).toEqual(
    demo.channels.map((c) => c.name)
  );
  const people = gridSalespeople(base, rows, "2026-11", ["Zed New"]);
  // Everyone with a target this month is on the grid, in name order, then the added name.
  const withTargets = [
    ...new Set(rows.filter((r) => r.month === "2026-11" && r.salesperson !== "").map((r) => r.salesperson)),
  ].sort((a, b) => a.localeCompare(b));
  expect(people).toEqual([...withTargets, "Zed New"]);
});

it("says why there is no Team view without a deal log", () => {
  expect(teamBase({ dealLog: null, targets: [], holidays: [] }, 46000)).toHaveProperty("problem");
});

const line = (over: Partial<ProgressLine>): ProgressLine => ({
  salesperson: "Ana",
  channelId: "",
  label: "Ana",
  target: 20,
  mtd: 6,
  expected: 6.2,
  pace: 6 / 6.2,
  status: "behind",
  shortOfPace: 0.2,
  trend: 18.6,
  projected: 21,
  projectedMethod: "model",
  probReach: 0.56,
  ...over,
});

it.each([
  [{}, "6 of 20 · pace 97% · projected 21 · 56% chance"],
  [{ projectedMethod: "trend" as const, probReach: null }, "6 of 20 · pace 97% · projected 21 (trend)"],
  [{ target: null, pace: null, probReach: null }, "6 deals · no target · projected 21"],
])("a line %j reads %j", (over, text) => expect(lineDetail(line(over))).toBe(text));

describe("the preview's kept edits", () => {
  function storage(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      items,
    };
  }
  const asOf = dateToSerial(2026, 11, 10);
  const row = {
    month: "2026-11",
    salesperson: "Zed New",
    channelId: "internet",
    channel: "Internet",
    deals: 4,
    revenue: null,
  };

  it("keeps what is typed and shows it again in a new page", async () => {
    const kept = storage();
    await demoPort(asOf, kept).port.writeTargetRows([row]);
    await new Promise((r) => setTimeout(r, 0));
    const again = await demoPort(asOf, kept).port.readSnapshot();
    expect(again.targetRows).toContainEqual(row);
  });

  it.each(["not json", JSON.stringify({ something: "else" })])(
    "starts fresh when the kept text is %j",
    async (text) => {
      const snapshot = await demoPort(asOf, storage({ [previewStorageKey(asOf)]: text })).port.readSnapshot();
      expect(snapshot.targetRows?.length).toBeGreaterThan(0);
    }
  );
});

describe("retired salespeople", () => {
  const kept = [
    { name: "Ana Diaz", aliases: [], retiredFrom: "2025-04" },
    { name: "Bo Lee", aliases: ["LEE B"], retiredFrom: "" },
    { name: "Old Timer", aliases: [], retiredFrom: "2024-01" },
  ];
  it.each([
    // month, grid shows
    ["2025-03", ["Ana Diaz", "Bo Lee", "Cy Ng"]],
    ["2025-04", ["Bo Lee", "Cy Ng"]],
  ])("in %s the grid shows %j", (month, names) => {
    expect(activeSalespeople(["Ana Diaz", "Bo Lee", "Cy Ng"], kept, month)).toEqual(names);
  });
  it("setup lists the floor plus the retired, to bring back", () => {
    expect(setupSalespeople(["Bo Lee", "ana diaz"], kept, "2025-04")).toEqual([
      { name: "Ana Diaz", retired: true },
      { name: "Bo Lee", retired: false },
      { name: "Old Timer", retired: true },
    ]);
  });
});
