import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { SaveStatus } from "../components/TargetField";

export interface CostPerDayFieldProps {
  readonly value: number;
  readonly status: SaveStatus;
  readonly onChange: (costPerDay: number) => void;
}

/** The dollars a box's text says, or null when it isn't an amount of 0 or more. */
function amountOf(text: string): number | null {
  const n = Number(text.replace(/[$,\s]/g, ""));
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : null;
}

/** The store's holding cost per unit per day. What the GSM types stays as typed; valid amounts are saved. */
export function CostPerDayField({ value, status, onChange }: CostPerDayFieldProps) {
  const [text, setText] = useState(String(value));
  const invalid = amountOf(text) === null;
  const hint = invalid
    ? "Type dollars per day, 0 or more"
    : status.state === "saving"
      ? "Saving…"
      : status.state === "saved"
        ? "Saved in the workbook (PacecarSettings)"
        : status.state === "error"
          ? `Not saved: ${status.message}`
          : "Floor-plan interest plus depreciation; the trade's rule of thumb is about $30";
  return (
    <Field
      label="Holding cost per unit per day ($)"
      validationState={invalid || status.state === "error" ? "error" : status.state === "saved" ? "success" : "none"}
      validationMessage={hint}
    >
      <Input
        data-testid="cost-per-day-input"
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = amountOf(data.value);
          if (next !== null) onChange(next);
        }}
      />
    </Field>
  );
}
