import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { SaveStatus } from "./TargetField";

export interface SavedNumberFieldProps<T> {
  readonly label: string;
  readonly testId: string;
  /** The value saved now, shown when the box first appears. */
  readonly initialText: string;
  /** What the box's text means, or "invalid" when it can't be saved. */
  readonly parse: (text: string) => T | "invalid";
  readonly status: SaveStatus;
  readonly onChange: (value: T) => void;
  /** Says what to type when the text is invalid. */
  readonly invalidHint: string;
  readonly savedHint: string;
  /** Shown while nothing is being saved. */
  readonly idleHint?: string;
}

/**
 * A number the GSM types and the pane saves as they type. What they type stays in the box exactly as
 * typed, even when it isn't a number yet; only values that parse are passed on to be saved, and the
 * box says what to type or how the save went.
 */
export function SavedNumberField<T>({
  label,
  testId,
  initialText,
  parse,
  status,
  onChange,
  invalidHint,
  savedHint,
  idleHint,
}: SavedNumberFieldProps<T>) {
  const [text, setText] = useState(initialText);
  const invalid = parse(text) === "invalid";
  const hint = invalid
    ? invalidHint
    : status.state === "saving"
      ? "Saving…"
      : status.state === "saved"
        ? savedHint
        : status.state === "error"
          ? `Not saved: ${status.message}`
          : idleHint;
  return (
    <Field
      label={label}
      validationState={invalid || status.state === "error" ? "error" : status.state === "saved" ? "success" : "none"}
      validationMessage={hint}
    >
      <Input
        data-testid={testId}
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = parse(data.value);
          if (next !== "invalid") onChange(next);
        }}
      />
    </Field>
  );
}
