// Checks manifest.xml: always offline; with --online also with Microsoft's validation service,
// which is skipped (not failed) when it cannot be reached. Exit code 1 on any problem.
// Usage: tsx scripts/validate-manifest.ts [--online] [path/to/manifest.xml]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkManifest } from "./manifestCheck";
import { classifyOnlineValidation } from "./manifest/onlineValidation";

const ONLINE_TIME_LIMIT_MS = 30_000;

/** Path of office-addin-manifest's command-line script, run with this node so it works on every platform. */
function validatorScript(rootDir: string): string {
  const packageDir = join(rootDir, "node_modules", "office-addin-manifest");
  const { bin } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { bin: Record<string, string> };
  return join(packageDir, bin["office-addin-manifest"] ?? "cli.js");
}

function validateOnline(manifestPath: string): boolean {
  const rootDir = process.cwd(); // npm scripts run from the project folder, where node_modules is
  console.log("Asking Microsoft's manifest validation service…");
  const run = spawnSync(process.execPath, [validatorScript(rootDir), "validate", manifestPath], {
    cwd: rootDir,
    encoding: "utf8",
    timeout: ONLINE_TIME_LIMIT_MS,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error && run.error.message ? `\n${run.error.message}` : ""}`;
  const timedOut = run.error !== undefined && /ETIMEDOUT/.test(run.error.message);
  const verdict = classifyOnlineValidation({ exitCode: run.status, output, timedOut });
  if (verdict.kind === "unreachable") {
    console.log(`Online validation skipped: ${verdict.reason}. The offline check above still applies.`);
    return true;
  }
  console.log(output.trim());
  if (verdict.kind === "invalid") console.log("Online validation: the service reports the manifest is not valid.");
  return verdict.kind === "valid";
}

function main(argv: readonly string[]): number {
  const online = argv.includes("--online");
  const manifestPath = resolve(argv.find((arg) => !arg.startsWith("--")) ?? "manifest.xml");
  const rootDir = dirname(manifestPath);
  const problems = checkManifest(readFileSync(manifestPath, "utf8"), { rootDir });
  for (const problem of problems) console.log(`✗ ${problem}`);
  console.log(
    problems.length === 0 ? "Offline manifest check: ok." : `Offline manifest check: ${problems.length} problem(s).`
  );
  const onlineOk = online ? validateOnline(manifestPath) : true;
  return problems.length === 0 && onlineOk ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
