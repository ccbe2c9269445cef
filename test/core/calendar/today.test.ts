import { execFileSync } from "node:child_process";
import path from "node:path";
import { todaySerial } from "../../../src/core/calendar";

const MAR_10_2025 = 45726; // 2025-03-07 = 45723 + 3

describe("todaySerial: what =TODAY() shows on the user's machine", () => {
  it.each([
    ["just after midnight", new Date(2025, 2, 10, 0, 0, 1)],
    ["at noon", new Date(2025, 2, 10, 12, 0)],
    ["at 11:30 pm", new Date(2025, 2, 10, 23, 30)],
    ["in the last millisecond of the day", new Date(2025, 2, 11, 0, 0, 0, -1)],
  ])("is 3/10/2025 (45726) %s local time", (_, now) => {
    expect(todaySerial(now)).toBe(MAR_10_2025);
  });

  it("reads the clock when no date is given", () => {
    jest.useFakeTimers({ now: new Date(2025, 2, 10, 23, 30) });
    try {
      expect(todaySerial()).toBe(MAR_10_2025);
    } finally {
      jest.useRealTimers();
    }
  });

  it("uses the local calendar day, not the UTC one, in zones on both sides of UTC", () => {
    // TZ can only be switched in a plain Node process (jest's sandbox ignores it), so ask one.
    const cases = [
      // 2025-03-11 05:30 UTC is still 3/10 at 10:30 pm in Los Angeles (PDT, UTC-7).
      ["America/Los_Angeles", Date.UTC(2025, 2, 11, 5, 30)],
      // 2025-03-10 12:30 UTC is already 3/11 at 1:30 am in Auckland (NZDT, UTC+13).
      ["Pacific/Auckland", Date.UTC(2025, 2, 10, 12, 30)],
      ["UTC", Date.UTC(2025, 2, 10, 23, 59)],
    ] as const;
    const script = `
      const { todaySerial } = require("./src/core/calendar/today.ts");
      const cases = ${JSON.stringify(cases)};
      console.log(JSON.stringify(cases.map(([zone, instant]) => { process.env.TZ = zone; return todaySerial(new Date(instant)); })));`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: path.resolve(__dirname, "../../.."),
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual([MAR_10_2025, MAR_10_2025 + 1, MAR_10_2025]);
  });
});
