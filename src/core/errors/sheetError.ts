import { messages, type MessageKey } from "./messages";

/** The Excel error a core computation can return; mapped 1:1 to CustomFunctions.ErrorCode. */
export type ErrorKind = "value" | "num" | "na" | "div0";

/**
 * A sheet error is a value that flows through computations, never an exception
 * (a programmer's misuse of the API is an exception; a user's bad cell is a SheetError).
 */
export interface SheetError {
  readonly sheetError: true;
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly message: string;
}

/** Builds a SheetError whose message comes from the one catalogue; `{0}`, `{1}`… are filled from `args`. */
export function sheetError(kind: ErrorKind, key: MessageKey, ...args: (string | number)[]): SheetError {
  const message = messages[key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
  return { sheetError: true, kind, key, message };
}

export function isSheetError(x: unknown): x is SheetError {
  return typeof x === "object" && x !== null && (x as { sheetError?: unknown }).sheetError === true;
}
