import { Body1 } from "@fluentui/react-components";
import type { ViewProps } from "./viewProps";

/** The "Programs" view: OEM programs: tiers, money, scenarios and requirement gaps. */
export function ProgramsView(props: ViewProps) {
  void props;
  return (
    <Body1 data-testid="view-programs" style={{ padding: 16, display: "block" }}>
      Coming soon.
    </Body1>
  );
}
