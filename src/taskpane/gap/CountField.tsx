import { Field, SpinButton } from "@fluentui/react-components";

export interface CountFieldProps {
  readonly label: string;
  readonly value: number;
  readonly max: number;
  readonly hint: string;
  readonly testId: string;
  readonly onChange: (count: number) => void;
}

/** A whole count from 0 to max the GSM picks with the arrows or by typing. */
export function CountField({ label, value, max, hint, testId, onChange }: CountFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        data-testid={testId}
        value={value}
        min={0}
        max={max}
        onChange={(_, data) => {
          const typed = data.value ?? Number(data.displayValue);
          if (typed !== null && Number.isFinite(typed)) onChange(Math.max(0, Math.min(max, Math.round(typed))));
        }}
      />
    </Field>
  );
}
