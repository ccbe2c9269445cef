import {
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { firstScreenFor, firstScreenLog } from "../firstScreen";
import { formatMonth, formatOneDecimal, formatPercent, formatUnits } from "../format";
import { MetricTile } from "./MetricTile";
import { ProjectionCard } from "./ProjectionCard";
import { TargetField } from "./TargetField";
import { monthKey } from "../../core/calendar";
import { storeTarget as storeTargetOf, targetKey } from "../../core/targets";
import { sheetNote } from "../team/sheetNote";
import { useTargetsModel } from "../team/useTeamTargets";
import type { ViewProps } from "../views/viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** The deal log reader's skip reasons in the GSM's words. */
const SKIP_WORDS: Record<string, string> = {
  blank: "blank rows",
  repeatedHeader: "repeated header rows",
  totals: "totals rows",
  badDate: "rows without a valid date",
};

export type FirstScreenViewProps = ViewProps;

/** The month at a glance: selling days, deals so far, pace against the store target, trend. */
export function FirstScreenView({ port, snapshot, asOf, storeName }: FirstScreenViewProps) {
  const styles = useStyles();
  const month = monthKey(asOf);
  // One targets model with the Team tab: what was typed there shows here, and both save through one journaled queue.
  const model = useTargetsModel(port, snapshot);
  const view = model.view();
  const saved = storeTargetOf(view.rows, month);
  // What is typed shows at once (even while it can't be saved: cleared, or not a number yet).
  const [typed, setTyped] = useState<{ value: number | null; over: number | null } | null>(null);
  const target = typed && typed.over === saved ? typed.value : saved;
  // The sheet's number won over what was typed here: said below the box, which shows it.
  const note = sheetNote(view.notes.get(targetKey({ month, salesperson: "", channelId: "" })), "deals");
  // Reading the deal log and fitting the projection don't depend on the target: once per snapshot, not per keystroke.
  const log = useMemo(() => firstScreenLog(snapshot, asOf), [snapshot, asOf]);
  const screen = useMemo(() => ("problem" in log ? log : firstScreenFor(log, target)), [log, target]);
  const save = (value: number) => {
    // The store line keeps its revenue target, if one was typed on the Team tab.
    const revenue =
      view.rows.find((r) => r.month === month && r.salesperson === "" && r.channelId === "")?.revenue ?? null;
    model.edit([{ month, salesperson: "", channelId: "", channel: "", deals: value, revenue }]);
  };
  if ("problem" in screen) {
    return (
      <div className={styles.page}>
        <MessageBar intent="warning" data-testid="problem">
          <MessageBarBody>{screen.problem}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const m = screen.month;
  const skipped = Object.entries(screen.skipped).filter(([, n]) => n > 0);
  return (
    <div className={styles.page} data-testid="first-screen">
      <div className={styles.header}>
        <Subtitle1>{storeName}</Subtitle1>
        <Caption1 data-testid="as-of">
          {formatMonth(m.month)} · as of {screen.asOfText}
        </Caption1>
      </div>
      <div>
        <Text data-testid="selling-days">
          {m.sellingDaysElapsed} of {m.sellingDaysTotal} selling days gone · {m.sellingDaysLeft} left
        </Text>
        <ProgressBar
          value={m.sellingDaysTotal === 0 ? 0 : m.sellingDaysElapsed / m.sellingDaysTotal}
          thickness="large"
        />
      </div>
      <TargetField
        key={note ?? "typed"}
        label={`Store target for ${formatMonth(m.month)} (units)`}
        value={target}
        status={view.status}
        onChange={(next) => {
          setTyped({ value: next, over: next === null ? saved : next });
          if (next !== null) save(next);
        }}
      />
      {note && (
        <Caption1 role="status" data-testid="store-target-note">
          Store target {note}
        </Caption1>
      )}
      <div className={styles.grid}>
        <MetricTile testId="mtd" label="Deals so far" value={formatUnits(m.mtd)} />
        <MetricTile
          testId="expected"
          label="Expected by today"
          value={formatOneDecimal(m.expectedToDate)}
          detail={m.target === null ? "set a target" : `of ${formatUnits(m.target)}`}
        />
        <MetricTile
          testId="pace"
          label="Pace"
          value={formatPercent(m.pace)}
          detail={m.pace === null ? "needs a target" : m.pace >= 1 ? "on or ahead of pace" : "behind pace"}
        />
        <MetricTile
          testId="trend"
          label="Trend (straight line)"
          value={formatOneDecimal(m.trend)}
          detail="month end if every day sold like so far"
        />
      </div>
      <ProjectionCard projection={screen.projection} probReach={screen.probReach} target={m.target} />
      <Divider />
      <Caption1 data-testid="deal-log-source">
        {screen.dealsRead.toLocaleString("en-US")} deals read from {screen.dealLogSource}
        {skipped.length > 0 &&
          ` · skipped ${skipped.map(([why, n]) => `${String(n)} ${SKIP_WORDS[why] ?? why}`).join(", ")}`}
      </Caption1>
    </div>
  );
}
