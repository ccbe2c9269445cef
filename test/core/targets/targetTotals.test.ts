/* Totals of the targets grid: a salesperson's, a channel's, the store's, and the old store/salesperson/channel view. */
import {
  channelTarget,
  salespersonTarget,
  storeTarget,
  targetEntries,
  teamTotal,
  type TargetRow,
} from "../../../src/core/targets";

const t = (
  salesperson: string,
  channelId: string,
  deals: number | null,
  revenue: number | null = null,
  month = "2025-03"
): TargetRow => ({
  month,
  salesperson,
  channelId,
  channel: channelId.toUpperCase(),
  deals,
  revenue,
});

const grid = [t("Ana", "web", 5, 10000), t("Ana", "walk", 3), t("Bo", "web", 4), t("Cy", "", 6)];

it.each([
  ["Ana", 8], // 5 + 3 over her channels
  ["ana", 8],
  ["Cy", 6], // no channel targets: her all-channels line
  ["Dee", null],
])("%s's target is %j", (who, expected) => expect(salespersonTarget(grid, "2025-03", who)).toBe(expected));

it.each([
  ["web", 9], // Ana 5 + Bo 4
  ["walk", 3],
  ["phone", null],
])("channel %s's target is %j", (id, expected) => expect(channelTarget(grid, "2025-03", id)).toBe(expected));

it("a channel-wide line counts when no salesperson has a target on the channel", () => {
  expect(channelTarget([t("", "web", 40)], "2025-03", "web")).toBe(40);
});

it("the store target is the store line when typed, else what the team adds up to", () => {
  // 8 (Ana) + 4 (Bo) + 6 (Cy) = 18.
  expect(storeTarget(grid, "2025-03")).toBe(18);
  expect(storeTarget([...grid, t("", "", 25)], "2025-03")).toBe(25);
  expect(teamTotal([...grid, t("", "", 25)], "2025-03")).toBe(18);
  expect(storeTarget(grid, "2025-03", "revenue")).toBe(10000);
  expect(storeTarget(grid, "2025-04")).toBeNull();
});

it("gives the old store/salesperson/channel view per month", () => {
  expect(targetEntries([...grid, t("", "", 25)])).toEqual([
    { month: "2025-03", scope: "Store", name: "", target: 25 },
    { month: "2025-03", scope: "Salesperson", name: "Ana", target: 8 },
    { month: "2025-03", scope: "Salesperson", name: "Bo", target: 4 },
    { month: "2025-03", scope: "Salesperson", name: "Cy", target: 6 },
    { month: "2025-03", scope: "Channel", name: "WEB", target: 9 },
    { month: "2025-03", scope: "Channel", name: "WALK", target: 3 },
  ]);
});
