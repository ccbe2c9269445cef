import { SavedNumberField } from "../components/SavedNumberField";
import type { SaveStatus } from "../components/TargetField";

export interface CostPerDayFieldProps {
  readonly value: number;
  readonly status: SaveStatus;
  readonly onChange: (costPerDay: number) => void;
}

/** The dollars a box's text says, or invalid when it isn't an amount of 0 or more. */
function amountOf(text: string): number | "invalid" {
  const n = Number(text.replace(/[$,\s]/g, ""));
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : "invalid";
}

/** The store's holding cost per unit per day. What the GSM types stays as typed; valid amounts are saved. */
export function CostPerDayField({ value, status, onChange }: CostPerDayFieldProps) {
  return (
    <SavedNumberField
      label="Holding cost per unit per day ($)"
      testId="cost-per-day-input"
      initialText={String(value)}
      parse={amountOf}
      status={status}
      onChange={onChange}
      invalidHint="Type dollars per day, 0 or more"
      savedHint="Saved in the workbook (PacecarSettings)"
      idleHint="Floor-plan interest plus depreciation; the trade's rule of thumb is about $30"
    />
  );
}
