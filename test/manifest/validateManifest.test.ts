import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const rootDir = join(__dirname, "..", "..");

/** Runs the offline validation command on `manifestPath`, as `npm run validate:offline` does. */
function validate(manifestPath: string): { status: number | null; stdout: string } {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(rootDir, "scripts", "validate-manifest.ts"), manifestPath],
    {
      cwd: rootDir,
      encoding: "utf8",
    }
  );
  return { status: run.status, stdout: run.stdout };
}

it("exits 0 on the project's manifest", () => {
  const run = validate(join(rootDir, "manifest.xml"));
  expect(run).toEqual({ status: 0, stdout: "Offline manifest check: ok.\n" });
});

it("prints each problem and exits 1 on a broken manifest", () => {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  try {
    mkdirSync(join(dir, "assets"));
    for (const size of [16, 32, 64, 80])
      copyFileSync(join(rootDir, "assets", `icon-${size}.png`), join(dir, "assets", `icon-${size}.png`));
    const xml = readFileSync(join(rootDir, "manifest.xml"), "utf8").replace(
      "<Permissions>ReadWriteDocument",
      "<Permissions>ReadDocument"
    );
    writeFileSync(join(dir, "manifest.xml"), xml);
    const run = validate(join(dir, "manifest.xml"));
    // One problem, worked by hand: the permissions line changed.
    expect(run).toEqual({
      status: 1,
      stdout: `✗ <Permissions> is "ReadDocument"; Pacecar writes its tables, so it needs "ReadWriteDocument".\nOffline manifest check: 1 problem(s).\n`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
