import { Body1 } from "@fluentui/react-components";
import type { ViewProps } from "./viewProps";

/** The "CloseGap" view: closing the gap: aged units, deals to revisit, pipeline. */
export function CloseGapView(props: ViewProps) {
  void props;
  return (
    <Body1 data-testid="view-close-gap" style={{ padding: 16, display: "block" }}>
      Coming soon.
    </Body1>
  );
}
