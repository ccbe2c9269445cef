import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MonthForecast } from "../../core/forecast";
import { formatChance, formatUnits } from "../format";
import { MetricTile } from "./MetricTile";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ProjectionCardProps {
  readonly projection: MonthForecast | { readonly unavailable: string };
  readonly probReach: number | null;
  readonly target: number | null;
}

/** The month-end projection with its honest range, and the odds of making the target. */
export function ProjectionCard({ projection, probReach, target }: ProjectionCardProps) {
  const styles = useStyles();
  if ("unavailable" in projection) {
    return <Text data-testid="projection-unavailable">No projection yet: {projection.unavailable}</Text>;
  }
  return (
    <>
      <div className={styles.grid}>
        <MetricTile
          testId="projection"
          label="Projected month end"
          value={formatUnits(projection.p50)}
          detail={`likely ${formatUnits(projection.p10)}–${formatUnits(projection.p90)}`}
        />
        <MetricTile
          testId="prob-reach"
          label={target === null ? "Chance of making target" : `Chance of ${formatUnits(target)}+`}
          value={formatChance(probReach)}
          detail={target === null ? "set a target" : undefined}
        />
      </div>
      <Caption1 className={styles.note} data-testid="projection-note">
        {projection.method === "model"
          ? `Learned from ${String(projection.historyMonths)} months of this store's deals: its weekdays, holiday weekends and month-end push. 8 months in 10 end inside the likely range.`
          : "Little history yet: a straight line with a wide range."}
      </Caption1>
    </>
  );
}
