import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isoDate } from "../../core/calendar";
import type { RequirementGap } from "../../core/programs";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  gap: { color: tokens.colorPaletteRedForeground1 },
});

export interface RequirementGapsListProps {
  readonly status:
    { readonly gaps: readonly RequirementGap[]; readonly checked: number } | { readonly problem: string } | null;
}

function number(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Requirements failing now or trending to fail by the quarter's end, in red; or that all is well. */
export function RequirementGapsList({ status }: RequirementGapsListProps) {
  const styles = useStyles();
  return (
    <section aria-label="Program requirements" data-testid="requirements">
      <Subtitle2>Program requirements</Subtitle2>
      {status === null && (
        <Caption1 data-testid="requirements-none">
          Keep a ProgramRequirements table (name | current | threshold | min or max | recent months) to watch CSI and
          the like.
        </Caption1>
      )}
      {status !== null && "problem" in status && (
        <Caption1 data-testid="requirements-problem">{status.problem}</Caption1>
      )}
      {status !== null && "gaps" in status && status.gaps.length === 0 && (
        <Caption1 data-testid="requirements-ok">
          All {status.checked} requirements are on the right side of their line through the quarter.
        </Caption1>
      )}
      {status !== null && "gaps" in status && status.gaps.length > 0 && (
        <ul className={styles.list}>
          {status.gaps.map((g, i) => (
            <li key={g.requirement.row} className={styles.gap} data-testid={`requirement-gap-${String(i)}`}>
              <Text className={styles.gap} weight="semibold">
                {g.requirement.name}
              </Text>
              <Text className={styles.gap}>
                {" "}
                {number(g.requirement.current)} vs {g.requirement.direction === "min" ? "minimum" : "maximum"}{" "}
                {number(g.requirement.threshold)} —{" "}
                {g.status === "failing"
                  ? `failing now, ${number(g.shortfall)} short`
                  : `trending to fail by ${isoDate(g.when)} (${number(g.perMonth ?? 0)} a month), ${number(g.shortfall)} short at the quarter's end`}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
