import { Caption1, Input, tokens } from "@fluentui/react-components";
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
  /** Why the box doesn't show what was typed in it: "changed in the sheet to 14". */
  readonly note?: string;
}

/**
 * One target box of the grid. What the GSM types stays exactly as typed (even "1,2" on the way
 * to "1,200"); only valid numbers are passed on. A change arriving from the sheet replaces the
 * text unless the box is being typed in — or the sheet's number won over what was typed (the note says so).
 */
export function TargetCell({ value, label, readOnly, testId, onChange, width = 46, note }: TargetCellProps) {
  const [text, setText] = useState(targetText(value));
  const typing = useRef(false);
  const shown = useRef(text);
  shown.current = text;
  useEffect(() => {
    if ((!typing.current || note) && parseTargetText(shown.current) !== value) setText(targetText(value));
  }, [value, note]);
  const invalid = parseTargetText(text) === "invalid";
  const box = (
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
  if (!note) return box;
  return (
    <span style={{ display: "inline-flex", flexDirection: "column", alignItems: "flex-end" }}>
      {box}
      <Caption1
        role="status"
        data-testid={`${testId}-note`}
        style={{
          color: tokens.colorPaletteMarigoldForeground1,
          whiteSpace: "nowrap",
          fontSize: tokens.fontSizeBase100,
        }}
      >
        {note}
      </Caption1>
    </span>
  );
}
