import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { FLOOR_TABLES, type StageKey } from "../../core/floor";
import { floorBoard } from "../floor/floorBoard";
import { pinnedFloorTime } from "../floor/floorClock";
import { StageColumn } from "../floor/StageColumn";
import { withStageName } from "../floor/stageNames";
import { TradeList } from "../floor/TradeList";
import { UnknownStages } from "../floor/UnknownStages";
import { useFloorTables } from "../floor/useFloorTables";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  chip: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  board: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

/** The "Floor" view: the live deal-flow board — where deals are, how long they've waited, who's stuck, and trades waiting for used. */
export function FloorView({ port, asOf }: ViewProps) {
  const styles = useStyles();
  const pinned = useMemo(
    () =>
      typeof window === "undefined" ? null : pinnedFloorTime(window.location.search, window.location.pathname, asOf),
    [asOf]
  );
  const { load, refresh, listenError } = useFloorTables(port, pinned);
  const board = useMemo(() => (load.state === "ready" ? floorBoard(load.tables, load.now) : null), [load]);
  const [mapStatus, setMapStatus] = useState("");
  const tables = load.state === "ready" ? load.tables : null;
  const onMap = useCallback(
    (name: string, stage: StageKey) => {
      setMapStatus("Saving…");
      port.writeTable(withStageName(tables?.[FLOOR_TABLES.stageNames], name, stage)).then(
        () => {
          setMapStatus(`Saved: “${name}” now counts on the board.`);
          // A table created by this write has no change listener yet: read again now.
          refresh();
        },
        (error: unknown) =>
          setMapStatus(`Couldn't save the mapping: ${error instanceof Error ? error.message : String(error)}`)
      );
    },
    [port, tables, refresh]
  );

  if (load.state === "loading") return <Spinner label="Reading the floor…" style={{ padding: 24 }} />;
  if (load.state === "failed" || !board) {
    return (
      <MessageBar intent="error" data-testid="floor-error">
        <MessageBarBody>Couldn&apos;t read the floor: {load.state === "failed" ? load.message : ""}</MessageBarBody>
      </MessageBar>
    );
  }
  const onFloor = board.split.new + board.split.used + board.split.other + board.split.fi;
  const skipped = [
    board.badTimes > 0 ? `${String(board.badTimes)} with a time that isn't a date` : "",
    board.missingDeal > 0 ? `${String(board.missingDeal)} without a deal id` : "",
    board.staleOpen > 0 ? `${String(board.staleOpen)} open deals from earlier days with no step in 12 hours` : "",
  ].filter((s) => s !== "");
  return (
    <div className={styles.page} data-testid="view-floor">
      <div className={styles.header}>
        <Subtitle1>
          Floor · <span data-testid="floor-time">{board.timeText}</span>
        </Subtitle1>
        <Caption1>
          {pinned === null
            ? "Live: updates when the event log changes and every minute."
            : "Preview: the clock is pinned to the demo's afternoon."}
        </Caption1>
      </div>
      {listenError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Edits to the event log show within a minute (live updates are off: {listenError}).
          </MessageBarBody>
        </MessageBar>
      )}
      {load.readError !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>Showing the last board: the latest read failed ({load.readError}).</MessageBarBody>
        </MessageBar>
      )}
      {board.problems.map((p) => (
        <MessageBar key={p} intent="warning" data-testid="floor-problem">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.chips} data-testid="floor-split">
        <Text className={styles.chip} data-testid="floor-on-floor">
          {onFloor} on the floor
        </Text>
        <Text className={styles.chip} data-testid="floor-split-new">
          New {board.split.new}
        </Text>
        <Text className={styles.chip} data-testid="floor-split-used">
          Used {board.split.used}
        </Text>
        <Text className={styles.chip} data-testid="floor-split-fi">
          F&amp;I {board.split.fi}
        </Text>
        <Text className={styles.chip} data-testid="floor-delivered">
          Delivered today {board.deliveredToday}
        </Text>
        <Text className={styles.chip} data-testid="floor-stuck">
          Past limit {board.stuck}
        </Text>
      </div>
      <Caption1 data-testid="floor-visit">
        Whole visit today: median {board.visit.median === null ? "–" : Math.round(board.visit.median)} min ·{" "}
        {board.visit.overLimit} on the floor past {board.visitLimit} min
        {board.leftToday > 0 ? ` · ${String(board.leftToday)} walked` : ""}
      </Caption1>
      <div className={styles.board} data-testid="floor-board">
        {board.columns.map((c) => (
          <StageColumn key={c.stage} column={c} />
        ))}
      </div>
      {board.unknownStages.length > 0 && <UnknownStages unknown={board.unknownStages} onMap={onMap} />}
      {mapStatus !== "" && <Caption1 data-testid="floor-map-status">{mapStatus}</Caption1>}
      {skipped.length > 0 && <Caption1 data-testid="floor-skipped">Rows left out: {skipped.join(", ")}.</Caption1>}
      {board.trades !== null && <TradeList trades={board.trades} />}
    </div>
  );
}
