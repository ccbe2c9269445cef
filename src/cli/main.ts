/*
 * The pacecar command: the same core as the add-in, from a terminal.
 *   pacecar demo --out demo.xlsx [--as-of 2025-03-10] [--profile ID]
 *   pacecar report FILE [--as-of DATE]
 *   pacecar backtest FILE --as-of-day N [--json]
 */
import { parseArgs } from "node:util";
import { parseDateText, todaySerial } from "../core/calendar";
import { DEFAULT_DEMO_PROFILE, DEMO_PROFILES } from "../demo/profiles";
import { demoWorkbook } from "../demo/demoWorkbook";
import { runBacktest } from "./backtestCommand";
import { writeDemoXlsx } from "./demoXlsx";
import { runReport } from "./reportCommand";

const USAGE = `Usage:
  npm run pacecar -- demo --out demo.xlsx [--as-of YYYY-MM-DD] [--profile ID]
  npm run pacecar -- report FILE [--as-of YYYY-MM-DD]
  npm run pacecar -- backtest FILE --as-of-day N [--json]`;

/** Runs one command; returns the exit code. Output goes through `print` so tests can read it. */
export async function runCli(
  argv: string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error
): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        "as-of": { type: "string" },
        "as-of-day": { type: "string" },
        profile: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    // An unknown option or a missing option value: say which, never a stack trace.
    printError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const asOfText = values["as-of"];
  switch (command) {
    case "demo": {
      const asOf = asOfText === undefined ? todaySerial() : parseDateText(asOfText);
      if (asOf === null) {
        printError(`--as-of must be a date like 2025-03-10 (got "${String(asOfText)}")`);
        return 2;
      }
      const out = values.out ?? "demo.xlsx";
      const profile =
        values.profile === undefined ? DEFAULT_DEMO_PROFILE : DEMO_PROFILES.find((p) => p.id === values.profile);
      if (!profile) {
        printError(`unknown profile "${String(values.profile)}"; one of: ${DEMO_PROFILES.map((p) => p.id).join(", ")}`);
        return 2;
      }
      const demo = demoWorkbook(asOf, profile);
      await writeDemoXlsx(demo, asOf, out);
      print(
        `Wrote ${out}: ${String(demo.dealRows.length - 1)} deals of ${demo.storeName}, targets and a GSM summary as of ${asOfText ?? "today"}.`
      );
      return 0;
    }
    case "report": {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) return usage(printError);
      return runReport(file, asOfText, print, printError);
    }
    case "backtest": {
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) return usage(printError);
      return runBacktest(file, values["as-of-day"], values.json, print, printError);
    }
    default:
      return usage(printError);
  }
}

function usage(printError: (line: string) => void): number {
  printError(USAGE);
  return 2;
}

// Run when invoked as a script (not when a test imports runCli).
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then(
    // exitCode, not exit(): a large --json array piped to another program must be flushed first.
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  );
}
