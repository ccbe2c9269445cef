import { Body1 } from "@fluentui/react-components";
import type { ViewProps } from "./viewProps";

/** The "Budget" view: budget variance per metric. */
export function BudgetView(props: ViewProps) {
  void props;
  return (
    <Body1 data-testid="view-budget" style={{ padding: 16, display: "block" }}>
      Coming soon.
    </Body1>
  );
}
