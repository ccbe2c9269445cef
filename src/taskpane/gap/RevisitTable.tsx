import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { statusLabel, type RevisitDeal } from "../../core/gap/pipeline";
import { formatChance } from "../format";
import { formatMoney } from "./closeGapModel";

export interface RevisitTableProps {
  readonly deals: readonly RevisitDeal[];
}

/** The deals to revisit, best expected value first. */
export function RevisitTable({ deals }: RevisitTableProps) {
  return (
    <Table size="extra-small" aria-label="Deals to revisit" data-testid="revisit-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "52%" }}>Opportunity</TableHeaderCell>
          <TableHeaderCell>Age</TableHeaderCell>
          <TableHeaderCell>Chance</TableHeaderCell>
          <TableHeaderCell>Worth</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deals.map((d) => (
          <TableRow key={d.id} data-testid="revisit-row">
            <TableCell>
              {d.id} · {statusLabel(d.status)} · {d.source}
              {d.salesperson !== "" && ` · ${d.salesperson}`}
            </TableCell>
            <TableCell>{d.age}d</TableCell>
            <TableCell>{formatChance(d.chance)}</TableCell>
            <TableCell>{formatMoney(d.expectedValue)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
