import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BUDGET_TABLE } from "../../core/budget";
import { isoDate, monthKey } from "../../core/calendar";
import { BudgetLines } from "../budget/BudgetLines";
import {
  budgetLog,
  budgetScreen,
  budgetTableWrite,
  newBudgetRows,
  withCell,
  type BudgetRows,
} from "../budget/budgetViewModel";
import { formatMonth } from "../format";
import { useSaveAsYouType } from "../useSaveAsYouType";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

type TableState =
  | { state: "loading" }
  | { state: "missing" }
  | { state: "ready"; rows: BudgetRows }
  | { state: "failed"; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The "Budget" view: each line of the month's budget against month to date and the projected month end, green or red. */
export function BudgetView({ port, snapshot, asOf, storeName }: ViewProps) {
  const styles = useStyles();
  const log = useMemo(() => budgetLog(snapshot, asOf), [snapshot, asOf]);
  const [table, setTable] = useState<TableState>({ state: "loading" });
  // Rows typed here and not yet written: a change notice meanwhile (our own write echoing back) must not replace them.
  const unsaved = useRef<BudgetRows | null>(null);
  // Change notices only reach tables that exist when the pane subscribes: once the pane has created
  // the budget table, subscribe again so edits made in the sheet show here.
  const creating = useRef(false);
  const [watch, setWatch] = useState(0);
  const save = useCallback(
    async (rows: BudgetRows) => {
      await port.writeTable(budgetTableWrite(rows));
      if (unsaved.current === rows) unsaved.current = null;
      if (creating.current) {
        creating.current = false;
        setWatch((n) => n + 1);
      }
    },
    [port]
  );
  const saver = useSaveAsYouType(save);

  useEffect(() => {
    let live = true;
    let stop: (() => void) | null = null;
    const read = () =>
      port.readTables([BUDGET_TABLE]).then(
        (tables) => {
          if (!live || unsaved.current) return;
          const found = tables[BUDGET_TABLE];
          setTable(found ? { state: "ready", rows: found.rows } : { state: "missing" });
        },
        (error: unknown) => live && setTable({ state: "failed", message: messageOf(error) })
      );
    void read();
    port
      .onTablesChanged([BUDGET_TABLE], () => void read())
      .then(
        (unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()),
        (error: unknown) => live && setTable({ state: "failed", message: messageOf(error) })
      );
    return () => {
      live = false;
      stop?.();
    };
  }, [port, watch]);

  const edit = useCallback(
    (rows: BudgetRows) => {
      unsaved.current = rows;
      setTable({ state: "ready", rows });
      saver.push(rows);
    },
    [saver]
  );

  if ("problem" in log) {
    return (
      <div className={styles.page} data-testid="view-budget">
        <MessageBar intent="warning" data-testid="budget-problem">
          <MessageBarBody>{log.problem}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const heading = (
    <div className={styles.header}>
      <Subtitle1>{storeName} · budget</Subtitle1>
      <Caption1 data-testid="budget-as-of">
        {formatMonth(monthKey(asOf))} · as of {isoDate(asOf)}
      </Caption1>
    </div>
  );

  if (table.state === "loading")
    return (
      <div className={styles.page} data-testid="view-budget">
        {heading}
        <Spinner size="small" label="Reading the budget…" />
      </div>
    );
  if (table.state === "failed") {
    return (
      <div className={styles.page} data-testid="view-budget">
        {heading}
        <MessageBar intent="error" data-testid="budget-read-error">
          <MessageBarBody>Couldn't read the budget table: {table.message}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (table.state === "missing") {
    return (
      <div className={styles.page} data-testid="view-budget">
        {heading}
        <MessageBar intent="info" data-testid="budget-missing">
          <MessageBarBody>
            No budget table yet. Create one to start from your last three months, or name your own budget sheet's table{" "}
            {BUDGET_TABLE} with a Metric and a Budget column (Plan, Objective and KPI are understood too).
          </MessageBarBody>
        </MessageBar>
        <Button
          appearance="primary"
          data-testid="budget-create"
          onClick={() => {
            creating.current = true;
            edit(newBudgetRows(log));
          }}
        >
          Create budget table
        </Button>
      </div>
    );
  }

  const screen = budgetScreen(log, table.rows);
  const judged = screen.rows.filter((r) => r.status === "good" || r.status === "bad");
  const onTrack = judged.filter((r) => r.status === "good").length;
  const savedText =
    saver.status.state === "saving"
      ? "Saving…"
      : saver.status.state === "saved"
        ? "Saved in the workbook"
        : saver.status.state === "error"
          ? `Not saved yet: ${saver.status.message} (retrying)`
          : "";
  return (
    <div className={styles.page} data-testid="view-budget">
      {heading}
      <Caption1 data-testid="budget-summary">
        {onTrack} of {judged.length} lines on track · compared at the projected month end
      </Caption1>
      <BudgetLines
        lines={screen.rows}
        rows={table.rows}
        budgetColumn={screen.budgetColumn}
        actualColumn={screen.actualColumn}
        onCell={(row, column, amount) => edit(withCell(table.rows, row, column, amount))}
      />
      <Caption1 data-testid="budget-save-status" aria-live="polite">
        {savedText}
      </Caption1>
      {screen.unknownMetrics.length > 0 && (
        <Caption1 data-testid="budget-unknown">
          Not measured from the deal log: {screen.unknownMetrics.join(", ")}
        </Caption1>
      )}
      <Caption1>
        Projected month end: learned from your deal log's history (ad spend: a straight line over selling days); a ratio
        is projected numerator over projected denominator. Type ad spend so far in its MTD box.
      </Caption1>
    </div>
  );
}
