/* The deal-flow functions exactly as Excel calls them: ranges as rows of cells, blanks as null or "", errors as values. */
import fc from "fast-check";
import { bottlenecks, flowSummary, stageMinutes, tradeHandoff } from "../../src/functions/floorFunctions";
import { dateToSerial } from "../../src/core/calendar";
import { errorOf, numberOf } from "./excelResult";
import { at } from "../core/floor/clock";
import { AFTERNOON } from "../core/floor/scenario";

const column = (values: readonly unknown[]) => values.map((v) => [v]);
const events = AFTERNOON.map(([deal, stage, time, day]) => [deal, stage, at(time as string, day ?? 0)] as const);
const ids = column(events.map((e) => e[0]));
const stages = column(events.map((e) => e[1]));
const times = column(events.map((e) => e[2]));

describe("GSM.STAGE_MINUTES", () => {
  it.each([
    ["closed stage, serials", at("14:05"), at("14:50"), null, 45],
    ["closed stage, text", "12/6/2025 14:05", "12/6/2025 2:50 PM", null, 45],
    ["crossing midnight", "12/6/2025 23:40", "12/7/2025 0:25", null, 45],
    ["open stage measured to as_of_time", at("14:05"), null, at("15:35"), 90],
    ['open stage, end an empty cell ("")', at("14:05"), "", at("14:35"), 30],
    ["bare times of day", "14:05", "14:50", null, 45],
    ["a bare end on start's day", at("14:05"), "14:50", null, 45],
  ])("%s", (_, start, end, asOf, expected) => {
    expect(numberOf(stageMinutes(start, end, asOf))).toBe(expected);
  });

  it.each([
    ["end before start", at("14:50"), at("14:05"), null, "#NUM!"],
    ["as_of_time before an open stage's start", at("14:50"), null, at("14:05"), "#NUM!"],
    ["start isn't a date", "after lunch", at("14:05"), null, "#VALUE!"],
    ["start blank", null, at("14:05"), null, "#VALUE!"],
    ["end isn't a date", at("14:05"), "soon", null, "#VALUE!"],
    ["as_of_time isn't a date", at("14:05"), null, "later", "#VALUE!"],
  ])("%s → %s", (_, start, end, asOf, code) => {
    expect(errorOf(stageMinutes(start, end, asOf))?.code).toBe(code);
  });

  it("measures an open stage to now when as_of_time is omitted", () => {
    const started = new Date(Date.now() - 10 * 60_000);
    const serial = (started.getTime() - started.getTimezoneOffset() * 60_000) / 86_400_000 + 25569;
    expect(numberOf(stageMinutes(serial))).toBeCloseTo(10, 0);
  });
});

describe("GSM.FLOW_SUMMARY", () => {
  it("spills a header, a row per stage and the whole visit (worked in flowSummary.test.ts)", () => {
    expect(flowSummary(ids, stages, times, at("15:00"))).toEqual([
      [
        "Stage",
        "Deals in it now",
        "Median minutes",
        "90th percentile minutes",
        "Longest current wait",
        "Flagged: times out of order",
      ],
      ["Greeted", 1, 20, 20, 30, 0],
      ["Test drive", 0, 30, 30, "", 0],
      ["Desk", 0, 20, 20, "", 0],
      ["Manager T.O.", 0, 10, 10, "", 0],
      ["Waiting for F&I", 1, 25, 29, 50, 0],
      ["In F&I", 1, 50, 50, 80, 0],
      ["Whole visit", 3, 130, 130, 150, 0],
    ]);
  });

  it("reports skipped rows under the table instead of dropping them", () => {
    const rows = flowSummary(
      [["Deal"], ["D1"], ["D1"], ["D1"], [""]],
      [["Stage"], ["Up"], ["Appraisal"], ["Desk"], ["Up"]],
      [["Time"], [at("10:00")], [at("10:05")], ["soon"], [at("10:10")]],
      at("11:00")
    ) as unknown[][];
    expect(rows.slice(-3)).toEqual([
      ["Skipped: time not a date", 1, "", "", "", ""],
      ["Skipped: no deal id", 1, "", "", "", ""],
      ['Skipped: unknown stage "Appraisal"', 1, "", "", "", ""],
    ]);
  });

  it("maps a store's own step names given in stage_names", () => {
    const rows = flowSummary([["D1"], ["D1"]], [["Arrive"], ["Box"]], [[at("10:00")], [at("10:20")]], at("10:50"), [
      ["Arrive", "Greeted"],
    ]) as unknown[][];
    expect(rows.find((r) => r[0] === "Greeted")?.slice(1, 3)).toEqual([0, 20]);
    expect(rows.find((r) => r[0] === "In F&I")?.[4]).toBe(30);
  });

  it.each([
    ["ranges of different sizes", [["D1"], ["D2"]], [["Up"]], [[at("10:00")]], null, null, "#VALUE!"],
    ["as_of_time that isn't a date", [["D1"]], [["Up"]], [[at("10:00")]], "noonish", null, "#VALUE!"],
    [
      "stage_names naming no stage",
      [["D1"]],
      [["Up"]],
      [[at("10:00")]],
      null,
      [
        ["Name", "Stage"],
        ["Arrive", "Lobby"],
      ],
      "#VALUE!",
    ],
    ["stage_names of one column", [["D1"]], [["Up"]], [[at("10:00")]], null, [["Arrive"]], "#VALUE!"],
  ])("%s → %s", (_, d, s, t, asOf, names, code) => {
    expect(errorOf(flowSummary(d, s, t, asOf, names as unknown[][]))?.code).toBe(code);
  });
});

describe("GSM.BOTTLENECKS", () => {
  it("lists the stuck deals with the default limits", () => {
    expect(bottlenecks(ids, stages, times, undefined, at("15:00"))).toEqual([
      ["Deal", "Stage", "Minutes in stage", "Stage limit", "Visit minutes", "Idle handoff"],
      ["D4", "In F&I", 80, 60, 150, "In F&I → Delivered"],
      ["D2", "Waiting for F&I", 50, 30, 120, "Waiting for F&I → In F&I"],
      ["D3", "Greeted", 30, 20, 30, "Greeted → Test drive"],
    ]);
  });

  it("reads limits as stage | minutes with a header, on top of the defaults", () => {
    const limits = [
      ["Stage", "Minutes"],
      ["Greeted", 45],
      ["F&I", "90"],
      ["Total", 200],
      ["", ""],
    ];
    expect(bottlenecks(ids, stages, times, limits, at("15:00"))).toEqual([
      ["Deal", "Stage", "Minutes in stage", "Stage limit", "Visit minutes", "Idle handoff"],
      ["D2", "Waiting for F&I", 50, 30, 120, "Waiting for F&I → In F&I"],
    ]);
  });

  it.each([
    ["an unknown stage", [["Lobby", 10]], "#VALUE!"],
    [
      "minutes that aren't a number",
      [
        ["Greeted", 10],
        ["Desk", "soon"],
      ],
      "#VALUE!",
    ],
    ["negative minutes", [["Greeted", -5]], "#NUM!"],
    ["one column", [["Greeted"]], "#VALUE!"],
    ["a limit for Delivered", [["Delivered", 10]], "#VALUE!"],
  ])("limits with %s → %s", (_, limits, code) => {
    expect(errorOf(bottlenecks(ids, stages, times, limits, at("15:00")))?.code).toBe(code);
  });
});

describe("GSM.TRADE_HANDOFF", () => {
  const day = (m: number, d: number) => dateToSerial(2025, m, d);
  it("spills the idle trades, longest first, and counts dates it couldn't read", () => {
    const rows = tradeHandoff(
      [["Trade"], ["U1"], ["U2"], [""], ["U3"], ["U9"]],
      [["Deal date"], [day(11, 28)], ["12/1/2025"], [day(12, 2)], [day(12, 1)], ["someday"]],
      [["Stock"], ["U2"], ["U3"], ["U4"]],
      [["Stock-in date"], [day(12, 2)], ["12/5/2025"], [""]],
      day(12, 6)
    );
    expect(rows).toEqual([
      ["Trade", "Deal date", "Stock-in date", "Days idle", "Status"],
      ["U1", day(11, 28), "", 8, "Not stocked in"],
      ["U3", day(12, 1), day(12, 5), 4, "Stocked in late"],
      ["Skipped: deal date not a date", 1, "", "", ""],
    ]);
  });

  it.each([
    ["trade ids and deal dates of different sizes", [["U1"], ["U2"]], [[1]], [["U1"]], [[1]], "#VALUE!"],
    ["stock ids and dates of different sizes", [["U1"]], [[45990]], [["U1"], ["U2"]], [[45991]], "#VALUE!"],
  ])("%s → %s", (_, t, d, s, sd, code) => {
    expect(errorOf(tradeHandoff(t, d, s, sd, 45997))?.code).toBe(code);
  });
});

describe("whatever Excel hands over, the flow functions return a value or an error, never throw", () => {
  const cell = fc.oneof(
    fc.constantFrom(null, undefined, "", 0, "Up", "In F&I", "Delivered", "12/6/2025 14:05", "#N/A", true, Number.NaN),
    fc.double(),
    fc.string(),
    fc.integer({ min: 45990, max: 46000 })
  );
  const range = fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 6 }), cell, fc.anything());
  const isResult = (r: unknown) =>
    r instanceof CustomFunctions.Error ||
    (typeof r === "number" && Number.isFinite(r)) ||
    (Array.isArray(r) &&
      r.every(
        (row) =>
          Array.isArray(row) &&
          row.every(
            (c) => ["string", "number", "boolean"].includes(typeof c) && (typeof c !== "number" || Number.isFinite(c))
          )
      ));
  it.each([
    ["STAGE_MINUTES", (a: unknown[]) => stageMinutes(a[0], a[1], a[2])],
    [
      "FLOW_SUMMARY",
      (a: unknown[]) =>
        flowSummary(a[0] as unknown[][], a[1] as unknown[][], a[2] as unknown[][], a[3], a[4] as unknown[][]),
    ],
    [
      "BOTTLENECKS",
      (a: unknown[]) =>
        bottlenecks(
          a[0] as unknown[][],
          a[1] as unknown[][],
          a[2] as unknown[][],
          a[3] as unknown[][],
          a[4],
          a[5] as unknown[][]
        ),
    ],
    [
      "TRADE_HANDOFF",
      (a: unknown[]) =>
        tradeHandoff(a[0] as unknown[][], a[1] as unknown[][], a[2] as unknown[][], a[3] as unknown[][], a[4]),
    ],
  ])("GSM.%s", (_, call) => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), (args) => isResult(call(args))),
      { numRuns: 500 }
    );
  });
});
