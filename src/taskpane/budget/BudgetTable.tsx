import { Badge, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BudgetReportRow } from "../../core/actions/budget";
import { AmountInput } from "./AmountInput";
import { STATUS_WORDS, comparedText, formatAmount, formatVariance, type BudgetRows } from "./budgetViewModel";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  metric: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  variance: { display: "flex", flexDirection: "column", alignItems: "flex-end", gap: tokens.spacingVerticalXXS },
});

export interface BudgetTableProps {
  readonly lines: readonly BudgetReportRow[];
  /** The budget table's cells, header first, to show what is typed in the boxes. */
  readonly rows: BudgetRows;
  readonly budgetColumn: number;
  /** The table's typed month-to-date column, where ad spend is entered; null when it has none. */
  readonly actualColumn: number | null;
  readonly onCell: (row: number, column: number, amount: number | "") => void;
}

/** Test ids are the metric's id: "budget-row-frontGross", "budget-input-frontGross"… */
function testId(kind: string, row: BudgetReportRow): string {
  return `budget-${kind}-${row.metric.id}`;
}

/** The budget lines: month to date, projected month end, the budget (typed here), the variance in green or red. */
export function BudgetTable({ lines, rows, budgetColumn, actualColumn, onCell }: BudgetTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" className={styles.table} aria-label="Budget variance by metric" data-testid="budget-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "30%" }}>Metric</TableHeaderCell>
          <TableHeaderCell className={styles.number}>MTD</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Projected</TableHeaderCell>
          <TableHeaderCell style={{ width: "22%" }}>Budget</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Variance</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line) => {
          const money = line.metric.money;
          const typedMtd = line.metric.id === "adSpend" && actualColumn !== null;
          return (
            <TableRow key={line.row} data-testid={testId("row", line)} data-status={line.status}>
              <TableCell>
                <div className={styles.metric}>
                  <Text weight="semibold" truncate wrap={false} title={line.name}>
                    {line.name}
                  </Text>
                  <Caption1 title={comparedText(line)}>{line.kind}</Caption1>
                </div>
              </TableCell>
              <TableCell className={styles.number} data-testid={testId("mtd", line)}>
                {typedMtd ? (
                  <AmountInput
                    value={rows[line.row]?.[actualColumn]}
                    label={`${line.name} so far this month`}
                    testId={testId("actual-input", line)}
                    onAmount={(amount) => onCell(line.row, actualColumn, amount)}
                  />
                ) : (
                  formatAmount(line.mtd, money)
                )}
              </TableCell>
              <TableCell className={styles.number} data-testid={testId("projected", line)}>
                {formatAmount(line.projected, money)}
              </TableCell>
              <TableCell>
                <AmountInput
                  value={rows[line.row]?.[budgetColumn]}
                  label={`Budget for ${line.name}`}
                  testId={testId("input", line)}
                  onAmount={(amount) => onCell(line.row, budgetColumn, amount)}
                />
              </TableCell>
              <TableCell>
                <div className={styles.variance}>
                  <Text className={line.status === "good" ? styles.good : line.status === "bad" ? styles.bad : undefined} data-testid={testId("variance", line)}>
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
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
