import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DealCard } from "./DealCard";
import type { FloorColumn } from "./floorBoard";

const useStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function minutesText(m: number | null): string {
  return m === null ? "–" : String(Math.round(m));
}

/** One step of the visit: its deals now, and how long the step has taken today. */
export function StageColumn({ column }: { readonly column: FloorColumn }) {
  const styles = useStyles();
  const { summary } = column;
  return (
    <section
      className={styles.column}
      data-testid={`floor-column-${column.stage}`}
      aria-label={`${column.label}: ${String(column.cards.length)} deals`}
    >
      <Subtitle2>
        {column.label} <span data-testid={`floor-count-${column.stage}`}>({column.cards.length})</span>
      </Subtitle2>
      <Caption1 data-testid={`floor-median-${column.stage}`}>
        median {minutesText(summary.median)} · p90 {minutesText(summary.p90)} min today
      </Caption1>
      <Caption1>limit {column.limit} min</Caption1>
      <div className={styles.cards} role="list">
        {column.cards.map((c) => (
          <DealCard key={c.deal} card={c} />
        ))}
      </div>
    </section>
  );
}
