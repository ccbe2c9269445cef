import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { AgedUnit } from "../../core/gap/inventory";
import { formatMoney } from "./closeGapModel";

export interface AgedUnitsTableProps {
  readonly units: readonly AgedUnit[];
  /** How many of them (from the top) the plan pushes. */
  readonly pushed: number;
  /** The detail column to show beside the stock number (e.g. Model), or -1 for none. */
  readonly modelColumn: number;
}

/** The aged units worth pushing, oldest first; the ones in the plan marked. */
export function AgedUnitsTable({ units, pushed, modelColumn }: AgedUnitsTableProps) {
  return (
    <Table size="extra-small" aria-label="Aged units to push" data-testid="aged-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "46%" }}>Stock</TableHeaderCell>
          <TableHeaderCell>Days</TableHeaderCell>
          <TableHeaderCell>Cost by month end</TableHeaderCell>
          <TableHeaderCell>Plan</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {units.map((u, i) => (
          <TableRow key={u.stock || String(i)} data-testid="aged-row">
            <TableCell>
              {u.stock}
              {modelColumn >= 0 && u.details[modelColumn] !== undefined && u.details[modelColumn] !== ""
                ? ` · ${String(u.details[modelColumn])}`
                : ""}
            </TableCell>
            <TableCell>{u.daysInStock}</TableCell>
            <TableCell>{formatMoney(u.costAtMonthEnd)}</TableCell>
            <TableCell>{i < pushed ? "Push" : ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
