/*
 * The bundle budget check on a made-up build: the task pane's start is the scripts taskpane.html
 * names (office.js aside) plus the chunk it imports while booting in Excel; above 200 KB gzip it
 * fails, and a folder without a build is an error, not a pass.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = join(__dirname, "..", "..", "scripts", "bundle-size.mjs");

/** A dist/ whose taskpane.js is `paneBytes` of incompressible bytes (so gzip keeps its size). */
function fakeDist(paneBytes: number): string {
  const dist = mkdtempSync(join(tmpdir(), "pacecar-dist-"));
  mkdirSync(join(dist, "office-js"));
  const js = (name: string, bytes: number) =>
    writeFileSync(join(dist, name), randomBytes(bytes).toString("base64").slice(0, bytes));
  js("taskpane.js", paneBytes);
  js("functions.js", 10_000);
  js("office-port.js", 5_000);
  js("demo-port.js", 7_000);
  js("view-team.js", 30_000);
  js("office-js/office.js", 400_000);
  writeFileSync(
    join(dist, "taskpane.html"),
    '<script src="office-js/office.js"></script><script defer src=taskpane.js></script><script defer src="functions.js"></script>'
  );
  writeFileSync(join(dist, "preview.html"), "<script defer src=taskpane.js></script>");
  const group = (entry: boolean, files: string[]) => ({ entry, files });
  writeFileSync(
    join(dist, "chunks.json"),
    JSON.stringify({
      groups: {
        taskpane: group(true, ["taskpane.js"]),
        functions: group(true, ["functions.js"]),
        "office-port": group(false, ["office-port.js"]),
        "demo-port": group(false, ["demo-port.js"]),
        "view-team": group(false, ["view-team.js"]),
      },
    })
  );
  return dist;
}

const run = (dist: string) => spawnSync(process.execPath, [script, dist], { encoding: "utf8" });

it("counts the pane's scripts and its boot chunk, not office.js or lazy views, and passes under the budget", () => {
  const r = run(fakeDist(100_000));
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/\| taskpane\.html at start \| functions\.js, office-port\.js, taskpane\.js \|/);
  expect(r.stdout).toMatch(/\| lazy: view-team \| view-team\.js \|/);
  expect(r.stdout).not.toMatch(/at start[^\n]*office\.js/);
  expect(r.stdout).toMatch(/within the 200\.0 KB budget/);
});

it("fails above 200 KB gzip", () => {
  const r = run(fakeDist(260_000));
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/OVER the 200\.0 KB budget/);
});

it("is an error, not a pass, without a build", () => {
  expect(run(mkdtempSync(join(tmpdir(), "pacecar-empty-"))).status).toBe(2);
});
