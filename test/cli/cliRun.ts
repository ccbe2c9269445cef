import { runCli } from "../../src/cli/main";

/** What a command printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs `pacecar <argv>` in-process, as the terminal would, and collects stdout and stderr lines. */
export async function run(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line)
  );
  return { code, out, err };
}
