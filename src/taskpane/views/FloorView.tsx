import { Body1 } from "@fluentui/react-components";
import type { ViewProps } from "./viewProps";

/** The "Floor" view: the live deal-flow board. */
export function FloorView(props: ViewProps) {
  void props;
  return (
    <Body1 data-testid="view-floor" style={{ padding: 16, display: "block" }}>
      Coming soon.
    </Body1>
  );
}
