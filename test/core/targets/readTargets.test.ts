/* Reading PacecarTargets and PacecarChannels as a GSM may have left them: both layouts, hand edits. */
import { readChannelsTable, readTargetsTable } from "../../../src/core/targets";

const HEADER = ["Month", "Salesperson", "Channel ID", "Channel", "Deals", "Revenue"];

describe("readTargetsTable", () => {
  it.each([
    [
      "a plain line",
      ["2025-03", "Ana Diaz", "internet", "Internet", 12, 30000],
      {
        month: "2025-03",
        salesperson: "Ana Diaz",
        channelId: "internet",
        channel: "Internet",
        deals: 12,
        revenue: 30000,
      },
    ],
    // 45717 = DATE(2025,3,1): a month typed as a date reads as its month.
    [
      "a month typed as a date",
      [45717, "Ana", "internet", "Internet", 5, ""],
      { month: "2025-03", salesperson: "Ana", channelId: "internet", channel: "Internet", deals: 5, revenue: null },
    ],
    [
      "a month without its leading zero",
      ["2025-3", "Ana", "", "", 5, ""],
      { month: "2025-03", salesperson: "Ana", channelId: "", channel: "", deals: 5, revenue: null },
    ],
    [
      "numbers typed as text",
      ["2025-03", "Ana", "internet", "Internet", "12", "$30,000"],
      { month: "2025-03", salesperson: "Ana", channelId: "internet", channel: "Internet", deals: 12, revenue: 30000 },
    ],
    [
      "only a revenue target",
      ["2025-03", "", "", "", "", 500000],
      { month: "2025-03", salesperson: "", channelId: "", channel: "", deals: null, revenue: 500000 },
    ],
    [
      "a channel typed by name only (matched to its id)",
      ["2025-03", "Ana", "", "internet ", 4, ""],
      { month: "2025-03", salesperson: "Ana", channelId: "internet", channel: "internet", deals: 4, revenue: null },
    ],
  ])("reads %s", (_, line, expected) => {
    const read = readTargetsTable(
      [HEADER, line],
      [
        ["ID", "Name"],
        ["internet", "Internet"],
      ]
    );
    expect(read.rows).toEqual([expected]);
    expect(read.legacy).toBe(false);
  });

  it.each([
    ["a negative target", ["2025-03", "Ana", "", "", -3, ""]],
    ["no number at all", ["2025-03", "Ana", "", "", "lots", ""]],
    ["a month that isn't one", ["March", "Ana", "", "", 3, ""]],
    ["a channel name no channel has", ["2025-03", "Ana", "", "Carrier pigeon", 3, ""]],
  ])("skips %s", (_, line) => {
    expect(
      readTargetsTable(
        [HEADER, line],
        [
          ["ID", "Name"],
          ["internet", "Internet"],
        ]
      ).rows
    ).toEqual([]);
  });

  it("finds columns by header wherever they are (a user moved them)", () => {
    const read = readTargetsTable([
      ["Deals", "Month", "Channel ID", "Salesperson"],
      [7, "2025-04", "", "Bo"],
    ]);
    expect(read.rows).toEqual([
      { month: "2025-04", salesperson: "Bo", channelId: "", channel: "", deals: 7, revenue: null },
    ]);
  });

  it("reads the old Month | Scope | Name | Target layout into store, salesperson and channel-wide lines", () => {
    const read = readTargetsTable([
      ["Month", "Scope", "Name", "Target"],
      ["2025-03", "Store", "", 130],
      ["2025-03", "salesperson", "Ana", 20],
      ["2025-03", "Channel", "Service Drive", 11],
      ["2025-03", "Channel", "Internet", 40],
    ]);
    expect(read.legacy).toBe(true);
    expect(read.rows).toEqual([
      { month: "2025-03", salesperson: "", channelId: "", channel: "", deals: 130, revenue: null },
      { month: "2025-03", salesperson: "Ana", channelId: "", channel: "", deals: 20, revenue: null },
      {
        month: "2025-03",
        salesperson: "",
        channelId: "service-drive",
        channel: "Service Drive",
        deals: 11,
        revenue: null,
      },
      { month: "2025-03", salesperson: "", channelId: "internet", channel: "Internet", deals: 40, revenue: null },
    ]);
    expect(read.channels.map((c) => c.id)).toEqual(["service-drive", "internet"]);
  });
});

describe("readChannelsTable", () => {
  it("reads ids, names and months, skipping lines without an id or a name and repeated ids", () => {
    expect(
      readChannelsTable([
        ["ID", "Name", "Active From", "Retired From"],
        ["internet", "Internet", "", ""],
        ["walk-in", "Walk-in", "2025-02", "2025-06"],
        ["", "Nameless id", "", ""],
        ["phone", "", "", ""],
        ["INTERNET", "Internet again", "", ""],
      ])
    ).toEqual([
      { id: "internet", name: "Internet", activeFrom: "", retiredFrom: "" },
      { id: "walk-in", name: "Walk-in", activeFrom: "2025-02", retiredFrom: "2025-06" },
    ]);
  });
});
