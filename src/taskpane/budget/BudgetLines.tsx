import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BudgetReportRow } from "../../core/budget";
import { AmountInput } from "./AmountInput";
import { STATUS_WORDS, comparedText, formatAmount, formatVariance, type BudgetRows } from "./budgetViewModel";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  line: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
  },
  good: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  bad: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  top: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  goodText: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  badText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  numbers: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  figure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  value: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
});

export interface BudgetLinesProps {
  readonly lines: readonly BudgetReportRow[];
  /** The budget table's cells, header first: what the boxes show. */
  readonly rows: BudgetRows;
  readonly budgetColumn: number;
  /** The table's typed month-to-date column, where ad spend is entered; null when it has none. */
  readonly actualColumn: number | null;
  readonly onCell: (row: number, column: number, amount: number | "") => void;
}

/** Test ids carry the metric's id: "budget-row-frontGross", "budget-input-frontGross"… */
function testId(kind: string, row: BudgetReportRow): string {
  return `budget-${kind}-${row.metric.id}`;
}

/**
 * The budget lines, one card each (the pane is narrow): name, variance and verdict on top; month to
 * date, projected month end and the budget box below. Ad spend's month to date is a box too: the deal
 * log doesn't know it.
 */
export function BudgetLines({ lines, rows, budgetColumn, actualColumn, onCell }: BudgetLinesProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Budget variance by metric" data-testid="budget-table">
      {lines.map((line) => {
        const money = line.metric.money;
        const typedMtd = line.metric.id === "adSpend" && actualColumn !== null;
        const tone = line.status === "good" ? styles.good : line.status === "bad" ? styles.bad : undefined;
        const toneText = line.status === "good" ? styles.goodText : line.status === "bad" ? styles.badText : undefined;
        return (
          <li
            key={line.row}
            className={`${styles.line} ${tone ?? ""}`}
            data-testid={testId("row", line)}
            data-status={line.status}
          >
            <div className={styles.top}>
              <div className={styles.name}>
                <Text weight="semibold" truncate wrap={false} title={line.name}>
                  {line.name}
                </Text>
                <Caption1 title={comparedText(line)}>{line.kind}</Caption1>
              </div>
              <div className={styles.verdict}>
                <Text className={toneText} data-testid={testId("variance", line)}>
                  {formatVariance(line.variance, money)}
                </Text>
                <Badge
                  size="small"
                  appearance="tint"
                  color={line.status === "good" ? "success" : line.status === "bad" ? "danger" : "informative"}
                  data-testid={testId("status", line)}
                >
                  {STATUS_WORDS[line.status]}
                </Badge>
              </div>
            </div>
            <div className={styles.numbers}>
              <div className={styles.figure}>
                <Caption1>MTD</Caption1>
                {typedMtd ? (
                  <AmountInput
                    value={rows[line.row]?.[actualColumn]}
                    label={`${line.name} so far this month`}
                    testId={testId("actual-input", line)}
                    onAmount={(amount) => onCell(line.row, actualColumn, amount)}
                  />
                ) : (
                  <Text className={styles.value} data-testid={testId("mtd", line)}>
                    {formatAmount(line.mtd, money)}
                  </Text>
                )}
              </div>
              <div className={styles.figure}>
                <Caption1>Projected</Caption1>
                <Text className={styles.value} data-testid={testId("projected", line)}>
                  {formatAmount(line.projected, money)}
                </Text>
              </div>
              <div className={styles.figure}>
                <Caption1>Budget</Caption1>
                <AmountInput
                  value={rows[line.row]?.[budgetColumn]}
                  label={`Budget for ${line.name}`}
                  testId={testId("input", line)}
                  onAmount={(amount) => onCell(line.row, budgetColumn, amount)}
                />
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
