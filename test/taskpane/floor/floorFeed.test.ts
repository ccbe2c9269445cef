import { EVENT_HEADERS } from "../../../src/core/floor";
import { MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import type { CellValue } from "../../../src/excel/workbookPort";
import { floorBoard } from "../../../src/taskpane/floor/floorBoard";
import { startFloorFeed, type FloorFeedEvent } from "../../../src/taskpane/floor/floorFeed";
import { at } from "../../core/floor/clock";

const header = [...EVENT_HEADERS];
const rows = (extra: CellValue[][] = []): CellValue[][] => [
  header,
  ["D1", "Up", at("14:00"), "Ana", "New", "Kim", ""],
  ...extra,
];

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe("the Floor's feed against an in-memory workbook", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup() {
    const wb = new MemoryWorkbook(null, [], [], [{ source: "FloorEvents", rows: rows() }]);
    const reads = jest.spyOn(wb, "readTables");
    const events: FloorFeedEvent[] = [];
    const feed = startFloorFeed(wb, at("15:00"), (e) => events.push(e), { delayMs: 100, everyMs: 60_000 });
    return { wb, reads, events, feed };
  }

  const lastBoard = (events: FloorFeedEvent[]) => {
    const last = events.filter((e) => e.kind === "read").pop();
    if (!last || last.kind !== "read") throw new Error("no read yet");
    return floorBoard(last.tables, last.now);
  };

  it("reads all the Floor's tables in one batch at start", async () => {
    const { reads, events, feed } = setup();
    jest.advanceTimersByTime(100);
    await settle();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0]?.[0]).toEqual([
      "FloorEvents",
      "TradeIns",
      "UsedStockIn",
      "PacecarStageNames",
      "PacecarFloorLimits",
    ]);
    expect(
      lastBoard(events)
        .columns.find((c) => c.stage === "greeted")
        ?.cards.map((c) => c.deal)
    ).toEqual(["D1"]);
    feed.stop();
  });

  it("shows a user's edit to the event log, with one read for a burst of edits", async () => {
    const { wb, reads, events, feed } = setup();
    jest.advanceTimersByTime(100);
    await settle();
    for (let i = 0; i < 5; i++) wb.editTable("FloorEvents", rows([["D1", "Desk", at("14:20"), "", "", "", ""]]));
    jest.advanceTimersByTime(100);
    await settle();
    expect(reads).toHaveBeenCalledTimes(2);
    expect(
      lastBoard(events)
        .columns.find((c) => c.stage === "desk")
        ?.cards.map((c) => [c.deal, c.minutes])
    ).toEqual([["D1", 40]]);
    feed.stop();
  });

  it("reads again every minute, and not at all once stopped", async () => {
    const { reads, feed } = setup();
    jest.advanceTimersByTime(100);
    await settle();
    jest.advanceTimersByTime(60_000 + 100);
    await settle();
    expect(reads).toHaveBeenCalledTimes(2);
    feed.stop();
    jest.advanceTimersByTime(5 * 60_000);
    await settle();
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("reports a failed read instead of dropping it", async () => {
    const { wb, events, feed } = setup();
    jest.spyOn(wb, "readTables").mockRejectedValue(new Error("the workbook is busy"));
    jest.advanceTimersByTime(100);
    await settle();
    expect(events).toContainEqual({ kind: "readFailed", message: "the workbook is busy" });
    feed.stop();
  });
});
