import {
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { PlanChoice } from "../../core/gap/plan";
import { INVENTORY_TABLE } from "../../core/gap/inventory";
import { OPPORTUNITIES_TABLE, statusLabel } from "../../core/gap/pipeline";
import type { TablesRead } from "../../excel/workbookPort";
import { MetricTile } from "../components/MetricTile";
import { formatChance, formatMonth, formatOneDecimal, formatUnits } from "../format";
import { AgedUnitsTable } from "../gap/AgedUnitsTable";
import {
  CLOSE_GAP_TABLES,
  agedSide,
  costPerDaySetting,
  monthSide,
  pipelineSide,
  planFor,
  planInput,
  settingsWithCostPerDay,
  SETTINGS_TABLE,
  PUSH_MIN_DAYS,
} from "../gap/closeGapModel";
import {
  pipelineText,
  planEffectText,
  pushEffectText,
  recommendationText,
  revisitEffectText,
} from "../gap/closeGapText";
import { CostPerDayField } from "../gap/CostPerDayField";
import { CountField } from "../gap/CountField";
import { RevisitTable } from "../gap/RevisitTable";
import { useSaveAsYouType } from "../useSaveAsYouType";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  effect: { fontWeight: tokens.fontWeightSemibold },
});

/** How many rows of each list the view shows beyond those in the plan. */
const SHOWN_ROWS = 10;

type Load = { state: "loading" } | { state: "ready"; tables: TablesRead } | { state: "failed"; message: string };

/** "Close the gap": the gap to target, and what pushing aged units and revisiting deals would do about it. It recommends; the GSM decides. */
export function CloseGapView({ port, snapshot, asOf }: ViewProps) {
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [costPerDay, setCostPerDay] = useState<number | null>(null);
  const [choice, setChoice] = useState<PlanChoice | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      port.readTables([...CLOSE_GAP_TABLES]).then(
        (tables) => live && setLoad({ state: "ready", tables }),
        (error: unknown) =>
          live && setLoad({ state: "failed", message: error instanceof Error ? error.message : String(error) })
      );
    void read();
    // Edits to the inventory or the log in the sheet show up here; the settings are this view's own writes.
    const stop = port.onTablesChanged([INVENTORY_TABLE, OPPORTUNITIES_TABLE], () => void read());
    return () => {
      live = false;
      void stop.then((off) => off());
    };
  }, [port]);

  const save = useCallback(
    async (value: number) => {
      const current = await port.readTables([SETTINGS_TABLE]);
      await port.writeTable(settingsWithCostPerDay(current[SETTINGS_TABLE] ?? null, value));
    },
    [port]
  );
  const saver = useSaveAsYouType(save);

  const tables = load.state === "ready" ? load.tables : null;
  const month = useMemo(() => monthSide(snapshot, asOf), [snapshot, asOf]);
  const storedCost = tables ? costPerDaySetting(tables[SETTINGS_TABLE] ?? null) : null;
  const cost = costPerDay ?? storedCost;
  const aged = useMemo(() => (tables && cost !== null ? agedSide(tables, asOf, cost) : null), [tables, asOf, cost]);
  const pipeline = useMemo(() => (tables ? pipelineSide(tables, asOf) : null), [tables, asOf]);
  const input = useMemo(() => (aged && pipeline ? planInput(month, aged, pipeline) : null), [month, aged, pipeline]);
  const planned = useMemo(() => (input ? planFor(input, choice) : null), [input, choice]);

  if (load.state === "loading") return <Spinner label="Reading inventory and opportunities…" style={{ padding: 24 }} />;
  if (load.state === "failed" || !aged || !pipeline || cost === null) {
    return (
      <MessageBar intent="error" data-testid="gap-load-error">
        <MessageBarBody>
          Couldn't read the inventory and opportunities: {load.state === "failed" ? load.message : "unknown error"}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const plan = planned?.plan ?? null;
  const pushCount = plan?.choice.pushUnits ?? 0;
  const revisitCount = plan?.choice.revisitCount ?? 0;
  const modelColumn = aged.detailNames.findIndex((n) => n.toLowerCase() === "model");
  const setCounts = (next: Partial<PlanChoice>) => setChoice({ pushUnits: pushCount, revisitCount, ...next });

  return (
    <div className={styles.page} data-testid="view-close-gap">
      <div className={styles.header}>
        <Subtitle1>Close the gap</Subtitle1>
        <Caption1 data-testid="gap-as-of">
          {formatMonth(month.month)} · as of {month.asOfText}
        </Caption1>
      </div>
      {month.problem && (
        <MessageBar intent="warning" data-testid="gap-problem">
          <MessageBarBody>{month.problem}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <>
          <div className={styles.grid}>
            <MetricTile testId="gap-target" label="Target" value={formatUnits(plan.target)} />
            <MetricTile testId="gap-projected" label="Projected (median)" value={formatUnits(plan.projected)} />
            <MetricTile
              testId="gap-gap"
              label={plan.gap > 0 ? "Short by" : "Ahead by"}
              value={formatUnits(Math.abs(plan.gap))}
              detail="target − projected median"
            />
            <MetricTile
              testId="gap-prob-now"
              label="Chance now"
              value={formatChance(plan.probNow)}
              detail={`of ${formatUnits(plan.target)}+`}
            />
          </div>
          {planned && (
            <MessageBar intent="info" data-testid="gap-recommendation">
              <MessageBarBody>{recommendationText(plan, planned.recommended)}</MessageBarBody>
            </MessageBar>
          )}
          <Text className={styles.effect} data-testid="gap-plan-effect">
            {planEffectText(plan)}
          </Text>
        </>
      )}

      <Divider />
      <section className={styles.section} aria-labelledby="aged-heading">
        <Subtitle2 id="aged-heading">Aged units to push</Subtitle2>
        {aged.problem ? (
          <MessageBar intent="warning" data-testid="aged-problem">
            <MessageBarBody>{aged.problem}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Caption1 data-testid="aged-summary">
              {formatUnits(aged.units.length)} of {formatUnits(aged.inStock)} units on the lot {PUSH_MIN_DAYS} days or
              more · {formatUnits(aged.units.filter((u) => u.daysInStock > 90).length)} over 90
              {aged.undated.length > 0 &&
                ` · ${String(aged.undated.length)} without a readable stock-in date (${aged.undated.slice(0, 3).join(", ")}${aged.undated.length > 3 ? "…" : ""})`}
            </Caption1>
            {plan && (
              <>
                <CountField
                  label="Aged units to push (oldest first)"
                  value={pushCount}
                  max={aged.units.length}
                  hint="Each unit counted as a deal if it moves"
                  testId="push-units"
                  onChange={(n) => setCounts({ pushUnits: n })}
                />
                <Text data-testid="push-effect">{pushEffectText(plan)}</Text>
              </>
            )}
            <AgedUnitsTable
              units={aged.units.slice(0, Math.max(SHOWN_ROWS, pushCount))}
              pushed={pushCount}
              modelColumn={modelColumn}
            />
          </>
        )}
        <CostPerDayField
          value={cost}
          status={saver.status}
          onChange={(next) => {
            setCostPerDay(next);
            saver.push(next);
          }}
        />
      </section>

      <Divider />
      <section className={styles.section} aria-labelledby="revisit-heading">
        <Subtitle2 id="revisit-heading">Deals to revisit</Subtitle2>
        {pipeline.unknownStatuses.length > 0 && (
          <MessageBar intent="warning" data-testid="unknown-statuses">
            <MessageBarBody>
              Left out, status not known:{" "}
              {pipeline.unknownStatuses.map((u) => `"${u.status}" (${String(u.rows)})`).join(", ")}. Use Pending,
              Be-back, Lost or Sold.
            </MessageBarBody>
          </MessageBar>
        )}
        {pipeline.problem ? (
          <MessageBar intent="warning" data-testid="revisit-problem">
            <MessageBarBody>{pipeline.problem}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Caption1 className={styles.note} data-testid="revisit-basis">
              Chances learned from the last {pipeline.historyMonths} months of the log: how often opportunities of each
              status, source and age sold by month end from this point in the month (
              {pipeline.statusRates.map((r) => `${statusLabel(r.status)} ${formatChance(r.rate)}`).join(" · ")}).
            </Caption1>
            {plan && (
              <>
                <CountField
                  label="Deals to revisit (best first)"
                  value={revisitCount}
                  max={pipeline.revisits.length}
                  hint="Each closes with its learned chance"
                  testId="revisit-count"
                  onChange={(n) => setCounts({ revisitCount: n })}
                />
                <Text data-testid="revisit-effect">{revisitEffectText(plan)}</Text>
              </>
            )}
            <RevisitTable deals={pipeline.revisits.slice(0, Math.max(SHOWN_ROWS, revisitCount))} />
          </>
        )}
      </section>

      <Divider />
      <section className={styles.section} aria-labelledby="pipeline-heading">
        <Subtitle2 id="pipeline-heading">What the pipeline says</Subtitle2>
        <Text data-testid="pipeline-says">
          {plan
            ? pipelineText(plan, pipeline.revisits.length, asOf)
            : pipeline.expectedDeals !== null
              ? `${formatUnits(pipeline.revisits.length)} open opportunities are expected to bring ${formatOneDecimal(pipeline.expectedDeals)} deals this month.`
              : "No pipeline read."}
        </Text>
      </section>
      <Caption1 className={styles.note}>
        Pacecar recommends; you decide. Extra deals are counted on top of the projection, which already expects the
        store's usual share of the pipeline to close.
      </Caption1>
    </div>
  );
}
