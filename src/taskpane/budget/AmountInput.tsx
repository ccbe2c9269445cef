import { Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CellValue } from "../../excel/workbookPort";
import { amountOfText, amountText } from "./budgetViewModel";

export interface AmountInputProps {
  /** What the cell holds now (the workbook's, or what was last typed and accepted). */
  readonly value: CellValue | undefined;
  /** Names the box for screen readers: "Budget for Front gross". */
  readonly label: string;
  readonly testId: string;
  /** A valid amount typed ("" when cleared); text that isn't a number is kept in the box but not passed on. */
  readonly onAmount: (amount: number | "") => void;
}

/**
 * A money or units box of the budget table. What the GSM types stays exactly as typed; a change
 * made in the sheet replaces it only when the cell's value really changed.
 */
export function AmountInput({ value, label, testId, onAmount }: AmountInputProps) {
  const [text, setText] = useState(() => amountText(value));
  useEffect(() => {
    setText((current) =>
      amountOfText(current) === (typeof value === "string" && value.trim() === "" ? "" : value)
        ? current
        : amountText(value)
    );
  }, [value]);
  const invalid = amountOfText(text) === null;
  return (
    <Input
      size="small"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? "Type an amount, e.g. 66600 or $66,600" : undefined}
      data-testid={testId}
      value={text}
      style={{ width: "100%", minWidth: 0 }}
      onChange={(_, data) => {
        setText(data.value);
        const amount = amountOfText(data.value);
        if (amount !== null) onAmount(amount);
      }}
    />
  );
}
