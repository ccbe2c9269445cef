import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";

export interface TargetFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly status: SaveStatus;
  readonly onChange: (target: number | null) => void;
}

export type SaveStatus = { state: "idle" } | { state: "saving" } | { state: "saved" } | { state: "error"; message: string };

/** The target a box's text says: null when empty, otherwise the number (NaN when it isn't one). */
function targetOf(text: string): number | null {
  return text.trim() === "" ? null : Number(text.replace(/[,\s]/g, ""));
}

/** Whether a read target can be saved: none, or a number of units ≥ 0. */
function isSavable(target: number | null): boolean {
  return target === null || (Number.isFinite(target) && target >= 0);
}

/**
 * A target typed by the GSM. What they type stays in the box exactly as typed, even when it
 * isn't a number yet; only valid numbers are passed on to be saved.
 */
export function TargetField({ label, value, status, onChange }: TargetFieldProps) {
  const [text, setText] = useState(value === null ? "" : String(value));
  const invalid = !isSavable(targetOf(text));
  const hint =
    invalid ? "Type a number of units, 0 or more" : status.state === "saving" ? "Saving…" : status.state === "saved" ? "Saved in the workbook" : status.state === "error" ? `Not saved: ${status.message}` : undefined;
  return (
    <Field label={label} validationState={invalid || status.state === "error" ? "error" : status.state === "saved" ? "success" : "none"} validationMessage={hint}>
      <Input
        data-testid="store-target-input"
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = targetOf(data.value);
          if (isSavable(next)) onChange(next);
        }}
      />
    </Field>
  );
}
