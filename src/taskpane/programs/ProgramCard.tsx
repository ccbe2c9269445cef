import {
  Caption1,
  Field,
  Slider,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { MetricTile } from "../components/MetricTile";
import { formatChance, formatUnits } from "../format";
import { formatMoney } from "./money";
import type { ProgramStatus } from "./programsModel";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  scenario: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  gain: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface ProgramCardProps {
  readonly status: Extract<ProgramStatus, { kind: "ready" }>;
}

/** One program at a glance: tier, money so far, the next tier and its value, "sell N more", and the odds of each tier. */
export function ProgramCard({ status }: ProgramCardProps) {
  const styles = useStyles();
  const [extra, setExtra] = useState(0);
  const max = Math.max(0, status.scenarios.length - 1);
  const shown = status.scenarios[Math.min(extra, max)];
  const units = status.setup.units === "All" ? "units" : `${status.setup.units.toLowerCase()} units`;
  const filter = status.setup.modelContains.trim() === "" ? "" : ` matching “${status.setup.modelContains}”`;
  return (
    <div className={styles.card} data-testid="program-card">
      <Caption1 data-testid="program-period">
        {status.periodLabel} · {formatUnits(status.sold)} {units}
        {filter} so far · ends {status.periodEndText}
      </Caption1>
      <div className={styles.grid}>
        <MetricTile
          testId="program-tier"
          label="Tier reached"
          value={status.tier === 0 ? "None" : `Tier ${String(status.tier)}`}
          detail={`of ${String(status.tiers.length)}`}
        />
        <MetricTile
          testId="program-earned"
          label="Earned so far"
          value={formatMoney(status.earned)}
          detail={`${formatUnits(status.sold)} units`}
        />
        <MetricTile
          testId="program-next"
          label="To the next tier"
          value={status.next ? `${formatUnits(status.next.unitsNeeded)} more` : "Top tier"}
          detail={
            status.next
              ? `tier ${String(status.next.tier)} at ${formatUnits(status.next.threshold)} units is worth ${formatMoney(status.next.gain)} more`
              : "every unit earns the top rate"
          }
        />
      </div>
      {shown && (
        <div className={styles.scenario}>
          <Field label={`Sell ${String(extra)} more`}>
            <Slider
              data-testid="scenario-slider"
              min={0}
              max={max}
              step={1}
              value={Math.min(extra, max)}
              onChange={(_, data) => setExtra(data.value)}
              aria-valuetext={`${String(extra)} more units`}
            />
          </Field>
          <Text data-testid="scenario-summary">
            {formatUnits(shown.total)} units · {shown.tier === 0 ? "no tier" : `tier ${String(shown.tier)}`} ·{" "}
            {formatMoney(shown.payout)}
          </Text>
          <Text className={styles.gain} data-testid="scenario-gain">
            +{formatMoney(shown.gain)} vs now
            {shown.extra > 0 ? ` · that last unit alone: ${formatMoney(shown.unitGain)}` : ""}
          </Text>
        </div>
      )}
      <Subtitle2>Chance by {status.periodEndText}</Subtitle2>
      {"unavailable" in status.odds ? (
        <Caption1 data-testid="prob-unavailable">{status.odds.unavailable}</Caption1>
      ) : (
        <>
          <Table size="small" aria-label="Chance of each tier" data-testid="prob-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Tier</TableHeaderCell>
                <TableHeaderCell>Needs</TableHeaderCell>
                <TableHeaderCell>Chance</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {status.odds.tiers.map((t) => (
                <TableRow key={t.tier} data-testid={`prob-tier-${String(t.tier)}`}>
                  <TableCell>Tier {t.tier}</TableCell>
                  <TableCell>{formatUnits(t.threshold)} units</TableCell>
                  <TableCell data-testid={`prob-tier-${String(t.tier)}-chance`}>
                    {formatChance(t.probability)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1 data-testid="expected-payout">
            Expected payout {formatMoney(status.odds.expectedPayout)} · about {formatUnits(status.odds.expectedUnits)}{" "}
            units by the end
          </Caption1>
        </>
      )}
    </div>
  );
}
