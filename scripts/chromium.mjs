// Finds Debian's chromium for the browser tests; playwright-core never downloads a browser here.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execSync(`command -v ${name}`, { encoding: "utf8", shell: "/bin/sh" }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
}

export const CHROMIUM_HELP =
  "The browser tests need Debian's chromium and it isn't installed.\n" +
  "Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n" +
  "(or set CHROMIUM_PATH to a Chromium binary). CI installs it by itself.";
