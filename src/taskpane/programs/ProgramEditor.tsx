import { Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ProgramSetup, UnitKind } from "../../core/programs";
import { objectiveOf } from "./programsModel";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  // Fluent's dropdown asks for 250px by default: in a narrow pane it must fit its column.
  fill: { width: "100%", minWidth: 0 },
});

export interface ProgramEditorProps {
  readonly setup: ProgramSetup;
  readonly onChange: (setup: ProgramSetup) => void;
}

const PERIODS = [
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
] as const;
const UNITS: readonly UnitKind[] = ["New", "Used", "All"];

/**
 * A program's setup, saved as it is typed. The objective box keeps exactly what was typed; only a
 * number above 0 (or an empty box: thresholds are units) is passed on.
 */
export function ProgramEditor({ setup, onChange }: ProgramEditorProps) {
  const styles = useStyles();
  const [objectiveText, setObjectiveText] = useState(setup.objective === null ? "" : String(setup.objective));
  const objective = objectiveOf(objectiveText);
  return (
    <div className={styles.form} data-testid="program-editor">
      <Field label="Program name">
        <Input
          className={styles.fill}
          data-testid="program-name-input"
          value={setup.name}
          onChange={(_, d) => onChange({ ...setup, name: d.value })}
        />
      </Field>
      <Field label="Tier table (table or named range)">
        <Input
          className={styles.fill}
          data-testid="tier-table-input"
          value={setup.tierTable}
          onChange={(_, d) => onChange({ ...setup, tierTable: d.value })}
        />
      </Field>
      <Field label="Period">
        <Dropdown
          className={styles.fill}
          data-testid="period-select"
          value={setup.period === "quarter" ? "Quarter" : "Month"}
          selectedOptions={[setup.period]}
          onOptionSelect={(_, d) => onChange({ ...setup, period: d.optionValue === "quarter" ? "quarter" : "month" })}
        >
          {PERIODS.map((p) => (
            <Option key={p.value} value={p.value}>
              {p.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Objective (units; blank if thresholds are units)"
        validationState={objective === undefined ? "error" : "none"}
        validationMessage={objective === undefined ? "Type a number of units above 0, or leave it blank" : undefined}
      >
        <Input
          className={styles.fill}
          data-testid="objective-input"
          inputMode="decimal"
          value={objectiveText}
          onChange={(_, d) => {
            setObjectiveText(d.value);
            const next = objectiveOf(d.value);
            if (next !== undefined) onChange({ ...setup, objective: next });
          }}
        />
      </Field>
      <Field label="Units counted">
        <Dropdown
          className={styles.fill}
          data-testid="units-select"
          value={setup.units}
          selectedOptions={[setup.units]}
          onOptionSelect={(_, d) => onChange({ ...setup, units: UNITS.find((u) => u === d.optionValue) ?? "New" })}
        >
          {UNITS.map((u) => (
            <Option key={u} value={u}>
              {u}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Model contains (e.g. truck)">
        <Input
          className={styles.fill}
          data-testid="model-input"
          value={setup.modelContains}
          onChange={(_, d) => onChange({ ...setup, modelContains: d.value })}
        />
      </Field>
    </div>
  );
}
