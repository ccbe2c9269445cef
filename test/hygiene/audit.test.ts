/*
 * The audit step's verdict on npm audit's JSON: a high or critical advisory fails, lower ones pass,
 * an unreachable audit service is "skipped" (never a pass), and anything else fails.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const rootDir = join(__dirname, "..", "..");

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 101 },
    },
  });

const CASES: [string, "pass" | "fail" | "skipped", string][] = [
  ["no advisories", "pass", report({})],
  ["low and moderate only", "pass", report({ low: 2, moderate: 1 })],
  ["a high advisory", "fail", report({ high: 1 }, { x: { name: "x", severity: "high" } })],
  ["a critical advisory", "fail", report({ critical: 1 }, { y: { name: "y", severity: "critical" } })],
  // What this machine's registry mirror answers: the bulk advisory endpoint refuses POST.
  [
    "HTTP 405 from the audit endpoint",
    "skipped",
    JSON.stringify({
      message: "405 Method Not Allowed",
      statusCode: 405,
      uri: "https://registry.example/-/npm/v1/security/advisories/bulk",
      error: { summary: "" },
    }),
  ],
  ["no network", "skipped", JSON.stringify({ error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND" } })],
  ["npm failed before auditing (no JSON)", "fail", "npm ERR! something else"],
  [
    "an error that isn't the network",
    "fail",
    JSON.stringify({ error: { code: "ELOCKVERIFY", summary: "lockfile broken" } }),
  ],
];

/** Every case's verdict from one node process (the script is an ES module). */
const verdicts = (() => {
  const run = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import("./scripts/audit.mjs").then((m) => console.log(JSON.stringify(JSON.parse(process.env.REPORTS).map((r) => m.auditVerdict(r)))))`,
    ],
    {
      cwd: rootDir,
      encoding: "utf8",
      env: { ...process.env, REPORTS: JSON.stringify(CASES.map((c) => c[2])) },
    }
  );
  return JSON.parse(run.stdout) as { status: string; line: string }[];
})();

it.each(CASES.map((c, i) => [c[0], c[1], i] as const))("%s → %s", (_, expected, i) => {
  const verdict = verdicts[i];
  expect(verdict?.status).toBe(expected);
  // One plain line, and a skip says plainly that nothing was audited.
  expect(verdict?.line).not.toContain("\n");
  if (expected === "skipped") expect(verdict?.line).toMatch(/NOT audited/);
});

it("lists production dependencies only, each with a license", () => {
  const run = spawnSync(process.execPath, [join(rootDir, "scripts", "audit.mjs"), "--licenses"], {
    cwd: rootDir,
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/\| react \| 18\.3\.1 \| MIT \|/);
  // Dev tools never appear among what ships.
  expect(run.stdout).not.toMatch(/\| (jest|webpack|exceljs|typescript) \|/);
  expect(run.stdout).not.toContain("(none given)");
});
