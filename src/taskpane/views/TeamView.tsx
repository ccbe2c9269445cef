import { Body1 } from "@fluentui/react-components";
import type { ViewProps } from "./viewProps";

/** The "Team" view: the month's targets per salesperson and channel, progress, leaderboard and pace candles. */
export function TeamView(props: ViewProps) {
  void props;
  return (
    <Body1 data-testid="view-team" style={{ padding: 16, display: "block" }}>
      Coming soon.
    </Body1>
  );
}
