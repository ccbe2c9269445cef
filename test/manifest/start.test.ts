import { spawnSync } from "node:child_process";
import { join } from "node:path";

const rootDir = join(__dirname, "..", "..");
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: rootDir, encoding: "utf8" });

/** startPlan(platform) from scripts/start.mjs, read in a child node (jest here loads CommonJS only). */
function startPlan(platform: string): { kind: string; args?: string[]; message?: string; exitCode?: number } {
  const run = node([
    "--input-type=module",
    "-e",
    `import("./scripts/start.mjs").then((m) => console.log(JSON.stringify(m.startPlan(${JSON.stringify(platform)}))))`,
  ]);
  return JSON.parse(run.stdout) as { kind: string; args?: string[]; message?: string; exitCode?: number };
}

it.each(["win32", "darwin"])("sideloads into desktop Excel on %s, starting the dev server on port 3000", (platform) => {
  expect(startPlan(platform)).toEqual({
    kind: "sideload",
    args: [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      "3000",
    ],
  });
});

it("uses only flags the installed office-addin-debugging accepts", () => {
  const help = node([join(rootDir, "node_modules", "office-addin-debugging", "cli.js"), "start", "--help"]).stdout;
  const flags = (startPlan("win32").args ?? []).filter((arg) => arg.startsWith("--"));
  expect(flags.length).toBeGreaterThan(0);
  for (const flag of flags) expect(help).toContain(`${flag} `);
});

it.each(["linux", "freebsd"])("explains the alternatives on %s and fails", (platform) => {
  const plan = startPlan(platform);
  expect(plan.kind).toBe("unsupported");
  expect(plan.exitCode).toBe(1);
  expect(plan.message).toContain(`Desktop Excel isn't available on this machine (${platform})`);
  expect(plan.message).toContain("npm run preview");
  expect(plan.message).toContain("Insert > Add-ins > Upload My Add-in");
  expect(plan.message).toContain("npm run dev-server");
});

(process.platform === "linux" ? it : it.skip)(
  "npm start on this Linux machine prints the explanation and exits 1",
  () => {
    const run = node([join(rootDir, "scripts", "start.mjs")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Desktop Excel isn't available on this machine (linux)");
    expect(run.stderr).toContain("npm run preview");
    expect(run.stderr).toContain("Upload My Add-in");
  }
);
