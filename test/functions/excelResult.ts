/** Helpers to read what a custom function returned, the way the cell would show it. */

/** The error code (e.g. "#NUM!") and message of an error value, or null for a number. */
export function errorOf(value: unknown): { code: string; message: string | undefined } | null {
  if (value instanceof CustomFunctions.Error) return { code: value.code, message: value.message };
  return null;
}

/** The number a function returned; fails the test with the error's text if it returned an error. */
export function numberOf(value: unknown): number {
  const error = errorOf(value);
  if (error) throw new Error(`expected a number, got ${error.code} ${error.message ?? ""}`);
  if (typeof value !== "number") throw new Error(`expected a number, got ${typeof value}`);
  return value;
}
