import { makeStyles, tokens } from "@fluentui/react-components";
import type { ProgressLine } from "../../core/targets";
import { formatOneDecimal, formatUnits } from "../format";

const useStyles = makeStyles({
  track: {
    position: "relative",
    height: "10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "visible",
  },
  fill: { position: "absolute", left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusMedium },
  ahead: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  behind: { backgroundColor: tokens.colorPaletteRedBackground3 },
  none: { backgroundColor: tokens.colorNeutralForeground3 },
  marker: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    marginLeft: "-1px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

/**
 * Deals so far against the target, with a tick where today's pace (over selling days) says the
 * count should be: green when on or ahead of it, red when behind.
 */
export function PaceBar({ line, testId }: { line: ProgressLine; testId?: string }) {
  const styles = useStyles();
  const scale = Math.max(line.target ?? 0, line.mtd, line.projected ?? 0, 1);
  const pct = (x: number) => `${String(Math.min(100, (x / scale) * 100))}%`;
  const colour = line.status === "ahead" ? styles.ahead : line.status === "behind" ? styles.behind : styles.none;
  const words =
    line.target === null
      ? `${formatUnits(line.mtd)} deals, no target`
      : `${formatUnits(line.mtd)} of ${formatUnits(line.target)} deals, ${formatOneDecimal(line.expected)} expected by today: ${line.status === "ahead" ? "on or ahead of pace" : "behind pace"}`;
  return (
    <div
      className={styles.track}
      role="meter"
      aria-label={`${line.label}: ${words}`}
      aria-valuemin={0}
      aria-valuemax={line.target ?? scale}
      aria-valuenow={line.mtd}
      data-testid={testId}
      data-status={line.status}
    >
      <div className={`${styles.fill} ${colour}`} style={{ width: pct(line.mtd) }} />
      {line.expected !== null && (
        <div className={styles.marker} style={{ left: pct(line.expected) }} title="Expected by today" />
      )}
    </div>
  );
}
