import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isoDate } from "../../core/calendar";
import type { BehindEntry, LeaderboardPlace } from "../../core/targets";
import { formatPercent, formatUnits } from "../format";
import { PaceBar } from "./PaceBar";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  place: {
    display: "grid",
    gridTemplateColumns: "24px 1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  bar: { gridColumn: "2 / 4" },
  short: { color: tokens.colorPaletteRedForeground1 },
});

/** "Nov 4" from a serial. */
function shortDay(serial: number): string {
  const [y, m, d] = isoDate(serial).split("-").map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1)).toLocaleString("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** The leaderboard (ranked by pace against target, deals beside it) and "Who's behind?". */
export function LeaderboardPanel({
  places,
  behind,
}: {
  places: readonly LeaderboardPlace[];
  behind: readonly BehindEntry[];
}) {
  const styles = useStyles();
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL }}>
      <section aria-labelledby="behind-title">
        <Text as="h3" id="behind-title" weight="semibold" size={400} block>
          Who's behind?
        </Text>
        {behind.length === 0 ? (
          <Caption1 data-testid="nobody-behind">Everyone with a target is on or ahead of pace.</Caption1>
        ) : (
          <ul className={styles.list} data-testid="who-is-behind">
            {behind.map((b) => (
              <li key={b.line.salesperson} data-testid="behind-row" data-name={b.line.salesperson}>
                <Text weight="semibold">{b.line.salesperson}</Text>{" "}
                <Text className={styles.short} data-testid="behind-short">
                  {b.dealsShort} {b.dealsShort === 1 ? "deal" : "deals"} short of pace
                </Text>
                {b.behindSince !== null && (
                  <Caption1 data-testid="behind-since"> · behind since {shortDay(b.behindSince)}</Caption1>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="leaderboard-title">
        <Text as="h3" id="leaderboard-title" weight="semibold" size={400} block>
          Leaderboard
        </Text>
        <Caption1 block>Ranked by pace against target; deals so far beside it.</Caption1>
        <ol className={styles.list} data-testid="leaderboard">
          {places.map((p) => (
            <li
              key={p.line.salesperson}
              className={styles.place}
              data-testid="leaderboard-row"
              data-name={p.line.salesperson}
            >
              <Text weight="semibold">{p.rank}</Text>
              <Text>{p.line.salesperson}</Text>
              <Text data-testid="leaderboard-figures">
                {formatPercent(p.line.pace)} · {formatUnits(p.line.mtd)}
                {p.line.target === null ? "" : `/${formatUnits(p.line.target)}`}
              </Text>
              <div className={styles.bar}>
                <PaceBar line={p.line} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
