import { dealTimeline, type DealTimeline } from "../../../src/core/floor";
import { at } from "./clock";
import { logOf, type Ev } from "./scenario";

function lineOf(events: readonly Ev[], asOf: number): DealTimeline | null {
  const deal = logOf(events).deals[0];
  return deal ? dealTimeline(deal, asOf) : null;
}

/** What a test checks of a timeline: steps with minutes, the open step, status, visit minutes, backwards. */
function shape(line: DealTimeline | null) {
  if (!line) return null;
  return {
    spans: line.spans.map((s) => `${s.stage} ${s.minutes === null ? "flagged" : String(s.minutes)}`),
    current: line.current?.stage ?? null,
    status: line.status,
    visit: line.visitMinutes,
    backwards: line.backwards,
  };
}

const FULL: Ev[] = [
  ["D1", "Up", "10:00"],
  ["D1", "Test drive", "10:15"],
  ["D1", "Write-up", "10:50"],
  ["D1", "T.O.", "11:05"],
  ["D1", "Waiting for F&I", "11:20"],
  ["D1", "In F&I", "11:35"],
  ["D1", "Delivered", "12:30"],
];

describe("a deal's timeline", () => {
  it.each([
    // Minutes worked by hand from the clock times: 10:00→10:15 = 15, 10:15→10:50 = 35, … 11:35→12:30 = 55; visit 10:00→12:30 = 150.
    [
      "a full visit",
      FULL,
      at("13:00"),
      {
        spans: ["greeted 15", "testDrive 35", "desk 15", "managerTo 15", "waitingFi 15", "inFi 55"],
        current: null,
        status: "delivered",
        visit: 150,
        backwards: false,
      },
    ],
    [
      "the same rows out of order",
      [...FULL].reverse(),
      at("13:00"),
      {
        spans: ["greeted 15", "testDrive 35", "desk 15", "managerTo 15", "waitingFi 15", "inFi 55"],
        current: null,
        status: "delivered",
        visit: 150,
        backwards: false,
      },
    ],
    [
      "a step logged twice keeps its first time (desk 10:50, again 10:58)",
      [...FULL.slice(0, 3), ["D1", "Desk", "10:58"], ...FULL.slice(3)] as Ev[],
      at("13:00"),
      {
        spans: ["greeted 15", "testDrive 35", "desk 15", "managerTo 15", "waitingFi 15", "inFi 55"],
        current: null,
        status: "delivered",
        visit: 150,
        backwards: false,
      },
    ],
    [
      "missing steps: no test drive, no T.O.; open in the F&I queue at 11:40 (10:50 → 11:40 = 50)",
      [
        ["D2", "Up", "10:00"],
        ["D2", "Desk", "10:20"],
        ["D2", "Waiting for F&I", "10:50"],
      ] as Ev[],
      at("11:40"),
      {
        spans: ["greeted 20", "desk 30", "waitingFi 50"],
        current: "waitingFi",
        status: "inProgress",
        visit: 100,
        backwards: false,
      },
    ],
    [
      "crossing midnight: 23:30 up, 23:50 desk, 0:10 queue, 0:40 F&I, seen at 1:00",
      [
        ["D3", "Up", "23:30"],
        ["D3", "Desk", "23:50"],
        ["D3", "Waiting for F&I", "0:10", 1],
        ["D3", "In F&I", "0:40", 1],
      ] as Ev[],
      at("1:00", 1),
      {
        spans: ["greeted 20", "desk 20", "waitingFi 30", "inFi 20"],
        current: "inFi",
        status: "inProgress",
        visit: 90,
        backwards: false,
      },
    ],
    [
      "desk logged before the up: flagged, never negative",
      [
        ["D4", "Up", "10:00"],
        ["D4", "Desk", "9:50"],
      ] as Ev[],
      at("10:30"),
      { spans: ["greeted flagged", "desk 40"], current: "desk", status: "inProgress", visit: 30, backwards: true },
    ],
    [
      "delivery logged before the up: the visit is flagged",
      [
        ["D5", "Up", "10:00"],
        ["D5", "Delivered", "9:00"],
      ] as Ev[],
      at("11:00"),
      { spans: ["greeted flagged"], current: null, status: "delivered", visit: null, backwards: true },
    ],
    [
      "events after the moment seen don't exist yet",
      FULL,
      at("11:00"),
      {
        spans: ["greeted 15", "testDrive 35", "desk 10"],
        current: "desk",
        status: "inProgress",
        visit: 60,
        backwards: false,
      },
    ],
    [
      "a walk-out ends the visit without a delivery",
      [
        ["D6", "Up", "10:00"],
        ["D6", "TD", "10:10"],
        ["D6", "Walked", "10:40"],
      ] as Ev[],
      at("12:00"),
      { spans: ["greeted 10", "testDrive 30"], current: null, status: "left", visit: 40, backwards: false },
    ],
    [
      "bare times of day are on the day seen",
      [
        ["D7", "Up", 10 / 24],
        ["D7", "Desk", 10.5 / 24],
      ] as Ev[],
      at("11:00"),
      { spans: ["greeted 30", "desk 30"], current: "desk", status: "inProgress", visit: 60, backwards: false },
    ],
  ])("%s", (_, events, asOf, expected) => {
    expect(shape(lineOf(events, asOf))).toEqual(expected);
  });

  it("is null before the deal's first event", () => {
    expect(lineOf(FULL, at("9:00"))).toBeNull();
  });
});
