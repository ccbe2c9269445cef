// The browser tests: build the add-in if needed, serve dist/ on localhost, drive Debian's chromium.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_HELP, findChromium } from "./chromium.mjs";
import { serveStatic } from "./serveStatic.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
// Always test what the source builds to; CI passes --no-build right after its own build step.
if (!process.argv.includes("--no-build") || !existsSync("dist/preview.html")) {
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveStatic("dist");
const { port } = server.address();
const extra = process.argv.slice(2).filter((a) => a !== "--no-build");
// Async spawn: the server lives in this process and must keep answering while the tests run.
const jest = spawn("npx", ["jest", "-c", "jest.e2e.config.cjs", ...extra], {
  stdio: "inherit",
  env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}`, CHROMIUM_PATH: chromium },
});
jest.on("exit", (code) => {
  server.close();
  process.exit(code ?? 1);
});
