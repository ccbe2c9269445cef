import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TradeLine } from "./floorBoard";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  idle: { color: tokens.colorPaletteRedForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** Trades taken on deals that haven't reached used inventory, or got there late: longest idle first. */
export function TradeList({ trades }: { readonly trades: readonly TradeLine[] }) {
  const styles = useStyles();
  return (
    <section className={styles.wrap} aria-label="Trades waiting for the used department">
      <Subtitle2>Trades to used</Subtitle2>
      {trades.length === 0 ? (
        <Caption1 data-testid="floor-trades-none">Every trade is stocked in on time.</Caption1>
      ) : (
        <Table size="extra-small" data-testid="floor-trades" aria-label="Trades not stocked in or stocked in late">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Trade</TableHeaderCell>
              <TableHeaderCell>Deal date</TableHeaderCell>
              <TableHeaderCell>Days idle</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {trades.map((t) => (
              <TableRow key={t.id} data-testid={`floor-trade-${t.id}`}>
                <TableCell>{t.id}</TableCell>
                <TableCell>{t.dealDate}</TableCell>
                <TableCell className={t.status === "Not stocked in" && t.daysIdle >= 3 ? styles.idle : undefined}>
                  {t.daysIdle}
                </TableCell>
                <TableCell>
                  {t.status}
                  {t.stockInDate !== "" && ` ${t.stockInDate}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
