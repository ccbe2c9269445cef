import { SavedNumberField } from "./SavedNumberField";

export interface TargetFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly status: SaveStatus;
  readonly onChange: (target: number | null) => void;
}

export type SaveStatus =
  { state: "idle" } | { state: "saving" } | { state: "saved" } | { state: "error"; message: string };

/** The target a box's text says: null when empty, a number of units ≥ 0, or invalid. */
function targetOf(text: string): number | null | "invalid" {
  if (text.trim() === "") return null;
  const n = Number(text.replace(/[,\s]/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : "invalid";
}

/** The store's target typed by the GSM, kept as typed and saved when it is a number of units (or cleared). */
export function TargetField({ label, value, status, onChange }: TargetFieldProps) {
  return (
    <SavedNumberField
      label={label}
      testId="store-target-input"
      initialText={value === null ? "" : String(value)}
      parse={targetOf}
      status={status}
      onChange={onChange}
      invalidHint="Type a number of units, 0 or more"
      savedHint="Saved in the workbook"
    />
  );
}
