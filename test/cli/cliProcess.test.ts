/*
 * The real command in a child process, as a script would run it: `--json` must leave nothing but
 * the JSON array on stdout, and a failure must exit 2 with one plain line, not a stack trace.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { dateToSerial } from "../../src/core/calendar";
import { generateDealership } from "../../src/demo";
import { dealLogCsv, tempDir, writeFile } from "./demoDealLogCsv";

const ROOT = path.resolve(__dirname, "../..");
// 14 months through 3/10/2025: January and February 2025 have 12 earlier months and a complete ending.
const demo = generateDealership({ endDate: dateToSerial(2025, 3, 10), months: 14 });

let dir: string;
let csv: string;
beforeAll(() => {
  dir = tempDir("cli-process-");
  csv = writeFile(dir, "deals.csv", dealLogCsv(demo.deals));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pacecar(...args: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

it("npx tsx src/cli/main.ts backtest <csv> --as-of-day 10 --json: stdout parses as the JSON array and nothing else", () => {
  const result = pacecar("backtest", csv, "--as-of-day", "10", "--json");
  expect(result.status).toBe(0);
  const records = JSON.parse(result.stdout) as { month: string; asOf: string }[];
  expect(records.map((r) => [r.month, r.asOf])).toEqual([
    ["2025-01", "2025-01-10"],
    ["2025-02", "2025-02-10"],
  ]);
}, 60_000);

it("a missing file: exit code 2, one plain line on stderr, nothing on stdout", () => {
  const result = pacecar("backtest", path.join(dir, "missing.csv"), "--as-of-day", "10", "--json");
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const ours = result.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
  expect(ours).toEqual([`can't read ${path.join(dir, "missing.csv")}: no such file`]);
}, 60_000);
