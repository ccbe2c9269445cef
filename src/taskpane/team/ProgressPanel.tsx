import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProgressLine, TeamProgress } from "../../core/targets";
import { PaceBar } from "./PaceBar";
import { lineDetail } from "./teamModel";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, width: "100%" },
  top: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  behind: { color: tokens.colorPaletteRedForeground1 },
  ahead: { color: tokens.colorPaletteGreenForeground1 },
});

function Line({ line, testId, strong }: { line: ProgressLine; testId: string; strong?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.line} data-testid={testId} data-status={line.status}>
      <div className={styles.top}>
        <Text weight={strong ? "semibold" : "regular"}>{line.label}</Text>
        <Caption1
          className={line.status === "behind" ? styles.behind : line.status === "ahead" ? styles.ahead : undefined}
        >
          {line.status === "behind" ? "behind" : line.status === "ahead" ? "on pace" : "no target"}
        </Caption1>
      </div>
      <PaceBar line={line} testId={`${testId}-bar`} />
      <Caption1 data-testid={`${testId}-detail`}>{lineDetail(line)}</Caption1>
    </div>
  );
}

/** The month's progress: the store, each salesperson (open one for their channels), each channel, and who has no target; `projected` false while projections are still coming (trend meanwhile). */
export function ProgressPanel({ progress, projected = true }: { progress: TeamProgress; projected?: boolean }) {
  const styles = useStyles();
  return (
    <div
      className={styles.list}
      data-testid="team-progress"
      data-projections={projected ? "ready" : "pending"}
      aria-busy={!projected}
    >
      <Caption1>
        {progress.sellingDaysElapsed} of {progress.sellingDaysTotal} selling days gone · the tick marks today's expected
        pace
        {projected ? "" : " · projecting…"}
      </Caption1>
      <Line line={progress.store} testId="progress-store" strong />
      {progress.missingTargets.length > 0 && (
        <MessageBar intent="warning" data-testid="missing-targets">
          <MessageBarBody>No target this month: {progress.missingTargets.join(", ")}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible>
        {progress.salespeople.map((s) => (
          <AccordionItem key={s.line.salesperson} value={s.line.salesperson}>
            <AccordionHeader size="small" expandIconPosition="end">
              <Line line={s.line} testId={`progress-person-${s.line.salesperson}`} />
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.list}>
                {s.cells
                  .filter((c) => c.target !== null || c.mtd > 0)
                  .map((c) => (
                    <Line key={c.channelId} line={c} testId={`progress-cell-${s.line.salesperson}-${c.channelId}`} />
                  ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <Text weight="semibold">By channel</Text>
      {progress.channels.map((c) => (
        <Line key={c.channelId} line={c} testId={`progress-channel-${c.channelId}`} />
      ))}
    </div>
  );
}
