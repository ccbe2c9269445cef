import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PaceDay } from "../../core/forecast";
import { formatOneDecimal, formatUnits } from "../format";

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 28, right: 6, top: 8, bottom: 18 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: "9px" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  target: { fill: "none", stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: "3 2" },
  ahead: { fill: tokens.colorPaletteGreenBackground3 },
  behind: { fill: tokens.colorPaletteRedBackground3 },
  closed: { fill: tokens.colorNeutralBackground5 },
});

/**
 * Pace candles in plain SVG (no chart library: it would cost the pane's bundle far more than
 * these few lines): a candle a day from the 1st through as-of, spanning the cumulative target
 * pace and the cumulative deals — green when on or ahead, red when behind — under the target's
 * pace line (dashed).
 */
export function PaceCandles({ days, name }: { days: readonly PaceDay[]; name: string }) {
  const styles = useStyles();
  const top = Math.max(1, ...days.map((d) => Math.max(d.cumulativeActual, d.cumulativeTarget)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(days.length, 1);
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const last = days[days.length - 1];
  const ahead = days.filter((d) => d.sellingDay && d.ahead).length;
  const behind = days.filter((d) => d.sellingDay && !d.ahead).length;
  const summary = last
    ? `${name}: ${formatUnits(last.cumulativeActual)} ${last.cumulativeActual === 1 ? "deal" : "deals"} through ${last.iso} against ${formatOneDecimal(last.cumulativeTarget)} expected; ${String(ahead)} selling days on or ahead of pace, ${String(behind)} behind.`
    : `${name}: no days yet this month.`;
  const path = days
    .map((d, i) => `${i === 0 ? "M" : "L"}${String(x(i))},${String(y(d.cumulativeTarget))}h${String(step)}`)
    .join("");
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-label={summary}
        data-testid="pace-candles"
      >
        <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top)} y2={y(top)} />
        <text className={styles.axis} x={PAD.left - 4} y={y(top) + 3} textAnchor="end">
          {formatUnits(top)}
        </text>
        <text className={styles.axis} x={PAD.left - 4} y={y(0) + 3} textAnchor="end">
          0
        </text>
        {days.map((d, i) => {
          const lo = Math.min(d.cumulativeActual, d.cumulativeTarget);
          const hi = Math.max(d.cumulativeActual, d.cumulativeTarget);
          const h = Math.max(2, y(lo) - y(hi));
          return (
            <rect
              key={d.date}
              data-testid="candle"
              data-ahead={String(d.ahead)}
              className={!d.sellingDay ? styles.closed : d.ahead ? styles.ahead : styles.behind}
              x={x(i) + step * 0.15}
              width={Math.max(1, step * 0.7)}
              y={y(hi) - (h > y(lo) - y(hi) ? 1 : 0)}
              height={h}
            >
              <title>{`${d.iso}: ${formatUnits(d.cumulativeActual)} deals, ${formatOneDecimal(d.cumulativeTarget)} expected`}</title>
            </rect>
          );
        })}
        <path className={styles.target} d={path} />
        {days.length > 0 && (
          <>
            <text className={styles.axis} x={x(0)} y={HEIGHT - 4}>
              {days[0]?.iso.slice(5)}
            </text>
            <text className={styles.axis} x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
              {last?.iso.slice(5)}
            </text>
          </>
        )}
      </svg>
      <Caption1 as="p" data-testid="candles-summary">
        {summary}
      </Caption1>
    </figure>
  );
}
