// The production dependencies' security audit: `npm audit --omit=dev`, failing on a high or critical
// advisory. When the audit service can't be reached (offline, or a registry mirror without the audit
// endpoint) nothing was audited: one plain line says so and the exit code is 3, which CI counts as
// skipped — never as a pass. `--licenses` prints the production dependencies and their licenses
// (from the lockfile) as a markdown table instead.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const SKIPPED = 3;
/** Network failures: the service wasn't reached, so there is no verdict either way. */
const UNREACHABLE = new Set([
  "ENOTFOUND",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
]);

/**
 * The verdict on `npm audit --json` output: { status: "pass" | "fail" | "skipped", line }.
 * Exported for the tests.
 */
export function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: "fail", line: "npm audit: no JSON report (npm failed before auditing); see its output above." };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === "object") {
    const high = (counts.high ?? 0) + (counts.critical ?? 0);
    const deps = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? "?";
    const summary = `critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0} in ${deps} production dependencies`;
    if (high > 0) {
      const names = Object.values(report.vulnerabilities ?? {})
        .filter((v) => v.severity === "high" || v.severity === "critical")
        .map((v) => `${v.name} (${v.severity})`);
      return { status: "fail", line: `npm audit: ${summary} — high or critical: ${names.join(", ")}` };
    }
    return { status: "pass", line: `npm audit: ${summary}` };
  }
  const code = report?.error?.code ?? report?.code;
  if (typeof report?.statusCode === "number" || UNREACHABLE.has(code)) {
    const why =
      typeof report?.statusCode === "number"
        ? `HTTP ${report.statusCode} from ${report.uri ?? "the audit endpoint"}`
        : code;
    return {
      status: "skipped",
      line: `npm audit: SKIPPED — the audit service could not be reached (${why}); production dependencies were NOT audited.`,
    };
  }
  return {
    status: "fail",
    line: `npm audit: unexpected report (${String(report?.error?.summary ?? report?.message ?? "no vulnerability counts")}).`,
  };
}

/** Production packages in the lockfile (dev-only ones left out), with their versions and licenses. */
export function productionLicenses(lock) {
  return Object.entries(lock.packages ?? {})
    .filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional)
    .map(([path, p]) => ({
      name: path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length),
      version: p.version ?? "",
      license: p.license ?? "(none given)",
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function main() {
  if (process.argv.includes("--licenses")) {
    const rows = productionLicenses(JSON.parse(readFileSync("package-lock.json", "utf8")));
    console.log("| Package | Version | License |\n|---|---|---|");
    for (const r of rows) console.log(`| ${r.name} | ${r.version} | ${r.license} |`);
    const byLicense = {};
    for (const r of rows) byLicense[r.license] = (byLicense[r.license] ?? 0) + 1;
    console.log(
      `\n${rows.length} packages: ${Object.entries(byLicense)
        .map(([l, n]) => `${l} ${n}`)
        .join(", ")}`
    );
    return 0;
  }
  const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
  const verdict = run.error
    ? {
        status: "skipped",
        line: `npm audit: SKIPPED — npm could not run the audit (${run.error.message}); production dependencies were NOT audited.`,
      }
    : auditVerdict(run.stdout);
  console.log(verdict.line);
  return verdict.status === "pass" ? 0 : verdict.status === "skipped" ? SKIPPED : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
