import { dateToSerial } from "../../src/core/calendar";
import {
  bottlenecks,
  eventRowsOfTable,
  readEventLog,
  stageResolver,
  timelines,
  tradeHandoffs,
  tradeRowsOfTable,
  stockInRowsOfTable,
} from "../../src/core/floor";
import { demoWorkbook } from "../../src/demo/demoWorkbook";
import { FLOOR_DEMO_TIME } from "../../src/demo/floorDemo";

describe.each([
  ["a Tuesday", dateToSerial(2026, 11, 10)],
  ["a Saturday", dateToSerial(2025, 12, 6)],
  ["a Sunday the store is closed", dateToSerial(2026, 3, 1)],
])("the demo floor on %s", (_, asOf) => {
  const demo = demoWorkbook(asOf);
  const table = (name: string) => {
    const t = demo.tables.find((x) => x.name === name);
    if (!t) throw new Error(`no ${name}`);
    return t;
  };
  const rows = eventRowsOfTable(table("FloorEvents").rows);
  if ("missing" in rows) throw new Error("event columns missing");
  const log = readEventLog(rows, stageResolver());
  const now = asOf + FLOOR_DEMO_TIME;

  it("is the same every time for the same day", () => {
    expect(demoWorkbook(asOf).tables.filter((t) => t.name === "FloorEvents")).toEqual([table("FloorEvents")]);
  });

  it("is a busy day's log up to 3:30 PM, by the store's own salespeople", () => {
    expect(log.deals.length).toBeGreaterThanOrEqual(25);
    const times = rows.map((r) => r.time as number);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(asOf + 9 / 24 - 1e-9);
    expect(Math.max(...times)).toBeLessThanOrEqual(now + 1e-9);
    for (const d of log.deals) expect(demo.dealership.salespeople).toContain(d.salesperson);
  });

  it("has a customer waiting over 90 minutes for F&I, the longest bottleneck", () => {
    const first = bottlenecks(timelines(log.deals, now))[0];
    expect(first?.stage).toBe("waitingFi");
    expect(first?.minutes).toBeGreaterThan(90);
  });

  it("keeps a step name the CRM uses that isn't mapped (Appraisal), a re-saved step and no bad times", () => {
    expect(log.unknownStages.map((u) => u.name)).toEqual(["Appraisal"]);
    expect(log.duplicates).toBeGreaterThanOrEqual(1);
    expect(log.badTimes).toBe(0);
  });

  it("has trades stocked in on time, and trades still idle or stocked late", () => {
    const trades = tradeRowsOfTable(table("TradeIns").rows);
    const stock = stockInRowsOfTable(table("UsedStockIn").rows);
    if ("missing" in trades || "missing" in stock) throw new Error("trade columns missing");
    const handoffs = tradeHandoffs(
      trades.map((t) => ({ id: String(t.id), dealDate: t.dealDate as number })),
      stock.map((s) => ({ id: String(s.id), date: s.date as number })),
      asOf
    );
    const stockedOnTime = trades.length - handoffs.length;
    expect(stockedOnTime).toBeGreaterThan(0);
    expect(handoffs.filter((h) => h.status === "notStocked" && h.daysIdle >= 3).length).toBeGreaterThan(0);
  });
});
