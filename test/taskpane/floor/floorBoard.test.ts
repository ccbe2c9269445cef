import { dateToSerial } from "../../../src/core/calendar";
import { EVENT_HEADERS, STOCK_IN_HEADERS, TRADE_HEADERS } from "../../../src/core/floor";
import type { CellTable, TablesRead } from "../../../src/excel/workbookPort";
import { clockText, floorBoard } from "../../../src/taskpane/floor/floorBoard";
import { pinnedFloorTime } from "../../../src/taskpane/floor/floorClock";
import { withStageName } from "../../../src/taskpane/floor/stageNames";
import { at, SAT } from "../../core/floor/clock";
import { AFTERNOON } from "../../core/floor/scenario";

const table = (source: string, rows: (string | number)[][]): CellTable => ({ source, rows });
const DEPT: Record<string, string> = { D1: "New", D2: "Used", D3: "New", D4: "New" };
const events = table("FloorEvents", [
  [...EVENT_HEADERS],
  ...AFTERNOON.map(([deal, stage, time]) => [
    deal,
    stage,
    at(time as string),
    "Ana Ruiz",
    DEPT[deal] ?? "",
    `Customer ${deal}`,
    deal === "D4" ? "U40001T" : "",
  ]),
  ["D0", "Up", at("10:00", -1), "Ana Ruiz", "New", "Yesterday", ""],
  ["D0", "Delivered", at("12:00", -1), "Ana Ruiz", "New", "Yesterday", ""],
  ["D8", "Up", at("11:00", -1), "Ana Ruiz", "Used", "Never closed", ""],
  ["D9", "Up", at("23:30", -1), "Ana Ruiz", "Used", "Late night", ""],
  ["D9", "Delivered", at("0:40"), "Ana Ruiz", "Used", "Late night", ""],
  ["D5", "Appraisal", at("14:00"), "", "", "", ""],
  ["D5", "Up", "noonish", "", "", "", ""],
]);
const tables = (extra: Record<string, CellTable | null> = {}): TablesRead => ({
  FloorEvents: events,
  TradeIns: null,
  UsedStockIn: null,
  PacecarStageNames: null,
  PacecarFloorLimits: null,
  ...extra,
});

describe("the Floor board at 3 PM (deals worked in flowSummary.test.ts)", () => {
  const board = floorBoard(tables(), at("15:00"));

  it("puts each deal in its step's column, longest wait first, red past the limit", () => {
    const cols = Object.fromEntries(
      board.columns.map((c) => [c.stage, c.cards.map((k) => [k.deal, k.minutes, k.over])])
    );
    expect(cols).toEqual({
      greeted: [["D3", 30, true]], // 30 > 20
      testDrive: [],
      desk: [],
      managerTo: [],
      waitingFi: [["D2", 50, true]], // 50 > 30
      inFi: [["D4", 80, true]], // 80 > 60
    });
    expect(board.columns.find((c) => c.stage === "waitingFi")?.cards[0]?.reason).toBe("20 min past the 30-min limit");
  });

  it("gives today's medians per step and splits the floor by department and F&I", () => {
    expect(board.columns.map((c) => [c.label, c.summary.median])).toEqual([
      ["Greeted", 20],
      ["Test drive", 30],
      ["Desk", 20],
      ["Manager T.O.", 10],
      ["Waiting for F&I", 25],
      ["In F&I", 50],
    ]);
    // D3 (New) is in a sales step; D2 and D4 are in F&I. Yesterday's D0 and D9 (delivered after midnight) are off today's board.
    expect(board.split).toEqual({ new: 1, used: 0, other: 0, fi: 2 });
    expect([board.deliveredToday, board.stuck, board.timeText]).toEqual([1, 3, "3:00 PM"]);
  });

  it("leaves off an open deal from yesterday that nobody closed, and counts it", () => {
    expect(board.columns.flatMap((c) => c.cards.map((k) => k.deal))).not.toContain("D8");
    expect(board.staleOpen).toBe(1);
  });

  it("lists unknown stage names and counts unreadable times", () => {
    expect(board.unknownStages).toEqual([{ name: "Appraisal", rows: 1 }]);
    expect(board.badTimes).toBe(1);
  });

  it("takes the store's own stage names into account once mapped", () => {
    const mapped = withStageName(null, "Appraisal", "desk");
    const after = floorBoard(
      tables({
        PacecarStageNames: table("PacecarStageNames", [[...mapped.header], ...mapped.rows.map((r) => r.map(String))]),
      }),
      at("15:00")
    );
    expect(after.unknownStages).toEqual([]);
    expect(after.columns.find((c) => c.stage === "desk")?.cards.map((c) => [c.deal, c.minutes])).toEqual([["D5", 60]]);
  });

  it("uses the store's limits from PacecarFloorLimits, and says when they can't be read", () => {
    const own = floorBoard(
      tables({
        PacecarFloorLimits: table("PacecarFloorLimits", [
          ["Stage", "Minutes"],
          ["Greeted", 45],
          ["Total", 200],
        ]),
      }),
      at("15:00")
    );
    expect(own.columns.find((c) => c.stage === "greeted")?.cards[0]?.over).toBe(false); // D3: 30 ≤ 45
    expect([own.stuck, own.visitLimit]).toEqual([2, 200]);
    const bad = floorBoard(
      tables({
        PacecarFloorLimits: table("PacecarFloorLimits", [
          ["Stage", "Minutes"],
          ["Lobby", 10],
        ]),
      }),
      at("15:00")
    );
    expect(bad.problems).toEqual([
      'PacecarFloorLimits: limits: "Lobby" is not a stage (use a stage name or Total); using the default limits.',
    ]);
    expect(bad.stuck).toBe(3);
  });

  it("says what's missing instead of showing an empty board", () => {
    expect(floorBoard(tables({ FloorEvents: null }), at("15:00")).problems[0]).toMatch(/No FloorEvents table/);
    expect(
      floorBoard(tables({ FloorEvents: table("FloorEvents", [["Deal", "When"]]) }), at("15:00")).problems[0]
    ).toMatch(/needs columns for stage/);
  });

  it("lists trades not stocked in, matching stock-ins by stock number or VIN", () => {
    const day = (d: number) => dateToSerial(2025, 12, d);
    const withTrades = floorBoard(
      tables({
        TradeIns: table("TradeIns", [
          [...TRADE_HEADERS],
          [day(1), "N1", "Ana", "U1T", "VIN1"],
          [day(2), "N2", "Ana", "U2T", "VIN2"],
          [day(3), "N3", "Ana", "U3T", "VIN3"],
        ]),
        UsedStockIn: table("UsedStockIn", [[...STOCK_IN_HEADERS], ["", "VIN2", day(3)], ["U3T", "", day(4)]]),
      }),
      at("15:00")
    );
    // U1T: 12/1 → 12/6 not stocked = 5 days; U2T stocked by VIN a day later; U3T a day later.
    expect(withTrades.trades).toEqual([
      { id: "U1T", dealDate: "12/1", stockInDate: "", daysIdle: 5, status: "Not stocked in" },
    ]);
  });
});

describe("the board's clock", () => {
  it.each([
    ["3:30 PM", SAT + 15.5 / 24],
    ["12:05 AM", SAT + 5 / 1440],
    ["12:00 PM", SAT + 0.5],
    ["9:07 AM", SAT + (9 * 60 + 7) / 1440],
  ])("shows %s", (text, serial) => {
    expect(clockText(serial)).toBe(text);
  });

  it.each([
    ["?time=14:00 pins the time on asOf's day", "?asOf=2025-12-06&time=14:00", "/taskpane.html", SAT + 14 / 24],
    ["the preview defaults to the demo's 3:30 PM", "?view=floor", "/preview.html", SAT + 15.5 / 24],
    ["a pinned asOf pins the clock too", "?asOf=2025-12-06", "/taskpane.html", SAT + 15.5 / 24],
    ["a bad time falls back to the preview default", "?time=25:00", "/preview.html", SAT + 15.5 / 24],
    ["in Excel the clock is live", "", "/taskpane.html", null],
  ])("%s", (_, search, path, expected) => {
    const pinned = pinnedFloorTime(search, path, SAT);
    if (expected === null) expect(pinned).toBeNull();
    else expect(pinned).toBeCloseTo(expected, 9);
  });
});

describe("mapping a stage name", () => {
  it("adds the row, replacing an earlier mapping of the same name and keeping the others", () => {
    const existing = table("PacecarStageNames", [
      ["Name in log", "Stage"],
      ["appraisal", "Desk"],
      ["Lobby", "Greeted"],
    ]);
    expect(withStageName(existing, "Appraisal", "left").rows).toEqual([
      ["Lobby", "Greeted"],
      ["Appraisal", "Left"],
    ]);
  });
});
