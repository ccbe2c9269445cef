import { Input } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { parseTargetText, targetText } from "./teamModel";

export interface TargetCellProps {
  readonly value: number | null;
  /** What a screen reader says: "Ana Diaz, Internet, deals target". */
  readonly label: string;
  readonly readOnly: boolean;
  readonly testId: string;
  readonly onChange: (value: number | null) => void;
  readonly width?: number;
}

/**
 * One target box of the grid. What the GSM types stays exactly as typed (even "1,2" on the way
 * to "1,200"); only valid numbers are passed on. A change arriving from the sheet replaces the
 * text unless the box is being typed in.
 */
export function TargetCell({ value, label, readOnly, testId, onChange, width = 46 }: TargetCellProps) {
  const [text, setText] = useState(targetText(value));
  const typing = useRef(false);
  const shown = useRef(text);
  shown.current = text;
  useEffect(() => {
    if (!typing.current && parseTargetText(shown.current) !== value) setText(targetText(value));
  }, [value]);
  const invalid = parseTargetText(text) === "invalid";
  return (
    <Input
      size="small"
      appearance="underline"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid}
      data-testid={testId}
      value={text}
      readOnly={readOnly}
      style={{ minWidth: 0, width }}
      input={{ style: { textAlign: "right", width: "100%" } }}
      onFocus={() => (typing.current = true)}
      onBlur={() => (typing.current = false)}
      onChange={(_, data) => {
        setText(data.value);
        const next = parseTargetText(data.value);
        if (next !== "invalid") onChange(next);
      }}
    />
  );
}
