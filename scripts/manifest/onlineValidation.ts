// Microsoft's manifest validation is an online service: tell "the service said no" apart from
// "the service could not be asked", because only the first should fail a build.

/** What running `office-addin-manifest validate` produced. */
export interface ValidatorRun {
  /** Process exit code; null when it was killed or could not start. */
  exitCode: number | null;
  /** stdout and stderr together. */
  output: string;
  /** Whether it was stopped for taking longer than the time allowed. */
  timedOut: boolean;
}

/** The service's verdict, or why there was none. */
export type OnlineVerdict = { kind: "valid" } | { kind: "invalid" } | { kind: "unreachable"; reason: string };

const NETWORK_FAILURE =
  /Unable to contact the manifest validation service|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|fetch failed/i;
// office-addin-manifest prints "Unable to validate the manifest." then the HTTP status on the next line.
const HTTP_FAILURE = /Unable to validate the manifest\.\s*(\d{3})/;

/**
 * Classifies a run of `office-addin-manifest validate`.
 * @param run its exit code, output and whether it timed out
 * @returns "valid" or "invalid" when the service answered; "unreachable" (with a reason) when it
 *   could not be reached, timed out, or answered with a server-side HTTP error
 * @example classifyOnlineValidation({ exitCode: 1, output: "Error: Unable to contact the manifest validation service.", timedOut: false }) // { kind: "unreachable", ... }
 */
export function classifyOnlineValidation(run: ValidatorRun): OnlineVerdict {
  if (run.timedOut) return { kind: "unreachable", reason: "the service did not answer in time" };
  const network = NETWORK_FAILURE.exec(run.output);
  if (network) return { kind: "unreachable", reason: `the service is unreachable (${network[0]})` };
  const status = Number(HTTP_FAILURE.exec(run.output)?.[1]);
  if (status >= 500 || status === 408 || status === 429)
    return { kind: "unreachable", reason: `the service answered HTTP ${status}` };
  return run.exitCode === 0 ? { kind: "valid" } : { kind: "invalid" };
}
