import { Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { STAGES, type StageKey, type UnknownStage } from "../../core/floor";
import { stageKeyLabel } from "./stageNames";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const CHOICES: readonly StageKey[] = [...STAGES.map((s) => s.id), "left"];

export interface UnknownStagesProps {
  readonly unknown: readonly UnknownStage[];
  /** Saves a mapping of a log's name to a step. */
  readonly onMap: (name: string, stage: StageKey) => void;
}

/** Stage names the log uses that map to no step: listed, each with a choice of the step it means. */
export function UnknownStages({ unknown, onMap }: UnknownStagesProps) {
  const styles = useStyles();
  return (
    <section className={styles.wrap} data-testid="floor-unknown" aria-label="Stage names to map">
      <Subtitle2>Stage names Pacecar doesn&apos;t know</Subtitle2>
      <Caption1>
        Their rows are left out of the board until you say which step each one is (saved in the {"PacecarStageNames"}{" "}
        table).
      </Caption1>
      {unknown.map((u) => (
        <Field
          key={u.name}
          label={`“${u.name}” (${String(u.rows)} ${u.rows === 1 ? "row" : "rows"}) means`}
          data-testid={`floor-unknown-${u.name}`}
        >
          <Dropdown
            placeholder="Choose a step"
            onOptionSelect={(_, data) => data.optionValue && onMap(u.name, data.optionValue as StageKey)}
          >
            {CHOICES.map((k) => (
              <Option key={k} value={k}>
                {stageKeyLabel(k)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
    </section>
  );
}
