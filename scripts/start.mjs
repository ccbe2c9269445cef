// `npm start`: sideload Pacecar into desktop Excel where there is one (Windows, macOS); elsewhere
// say plainly what works instead, and fail, rather than let the debugger report success on Linux.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const DEV_SERVER_PORT = "3000"; // manifest.xml points at https://localhost:3000

/**
 * What `npm start` does on `platform` (a `process.platform` value).
 * @param {string} platform
 * @returns {{ kind: "sideload", args: string[] } | { kind: "unsupported", message: string, exitCode: number }}
 *   "sideload": the office-addin-debugging arguments that start the dev server and open desktop Excel;
 *   "unsupported": the explanation to print and the exit code
 * @example startPlan("linux").kind // "unsupported"
 */
export function startPlan(platform) {
  if (platform === "win32" || platform === "darwin") {
    return {
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
        DEV_SERVER_PORT,
      ],
    };
  }
  return {
    kind: "unsupported",
    exitCode: 1,
    message: [
      `Desktop Excel isn't available on this machine (${platform}), so Pacecar can't be sideloaded here.`,
      "",
      "Instead:",
      "  • npm run preview — the same task pane in your browser, on demo data.",
      "  • Excel on the web — run `npm run dev-server` (serves https://localhost:3000), then in a",
      "    workbook choose Insert > Add-ins > Upload My Add-in and upload manifest.xml.",
    ].join("\n"),
  };
}

/** office-addin-debugging's command-line script, run with this node so no shell is needed. */
function debuggerScript() {
  const packageDir = join(process.cwd(), "node_modules", "office-addin-debugging");
  const { bin } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return join(packageDir, bin["office-addin-debugging"]);
}

function main() {
  const plan = startPlan(process.platform);
  if (plan.kind === "unsupported") {
    console.error(plan.message);
    process.exitCode = plan.exitCode;
    return;
  }
  const child = spawn(process.execPath, [debuggerScript(), ...plan.args], { stdio: "inherit" });
  child.on("error", (error) => {
    console.error(`Could not start office-addin-debugging: ${error.message}`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

// Run only as a script, so tests can import startPlan.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
