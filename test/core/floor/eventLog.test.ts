import { readEventLog, stageResolver } from "../../../src/core/floor";
import { at } from "./clock";

describe("reading an event log", () => {
  const rows = [
    { deal: "Deal", stage: "Stage", time: "Time" },
    {
      deal: "D1",
      stage: "Up",
      time: at("10:00"),
      salesperson: "Ana Ruiz",
      department: "New",
      customer: "Kim",
      trade: "",
    },
    { deal: "d1 ", stage: "Appraisal", time: at("10:05") },
    { deal: "D1", stage: "Desk", time: "sometime" },
    { deal: "D1", stage: "Desk", time: at("10:30"), trade: "T5521" },
    { deal: "D1", stage: "desk", time: at("10:31") },
    { deal: "", stage: "Up", time: at("11:00") },
    { deal: "", stage: "", time: "" },
    { deal: 0, stage: 0, time: 0 },
    { deal: "D2", stage: "Appraisal", time: at("11:00") },
    { deal: "D2", stage: "", time: at("11:05") },
    { deal: 1042, stage: "Up", time: "12/6/2025 11:10" },
    { deal: "D3", stage: "#N/A", time: at("11:20") },
  ];
  const log = readEventLog(rows, stageResolver());

  it("groups events by deal id without case or outer spaces, first-seen order", () => {
    expect(log.deals.map((d) => d.id)).toEqual(["D1", "1042"]);
    expect([...(log.deals[0]?.reached.entries() ?? [])]).toEqual([
      ["greeted", at("10:00")],
      ["desk", at("10:30")],
    ]);
  });

  it("keeps the first non-blank details of a deal", () => {
    const d1 = log.deals[0];
    expect([d1?.salesperson, d1?.department, d1?.customer, d1?.trade]).toEqual(["Ana Ruiz", "New", "Kim", "T5521"]);
  });

  it("counts what it skipped, by reason, and lists unknown stage names", () => {
    // Header skipped silently; blank rows (including the desktop's zeros) silently; the rest counted.
    expect(log.events).toBe(4);
    expect(log.duplicates).toBe(1);
    expect(log.badTimes).toBe(1);
    expect(log.missingDeal).toBe(1);
    expect(log.unknownStages).toEqual([
      { name: "(blank)", rows: 2 },
      { name: "Appraisal", rows: 2 },
    ]);
  });
});
