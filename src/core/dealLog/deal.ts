/** One row of the deal log once read: what Pacecar needs of a DMS export's deal. */
export interface Deal {
  /** Whole-day Excel serial of the sold (deal/contract) date. */
  readonly soldDate: number;
  readonly stockNumber: string;
  readonly salesperson: string;
  /** Lead source / sales channel as the store names it ("Walk-in", "Internet", …). */
  readonly channel: string;
  readonly newUsed: "New" | "Used" | "";
  /** Vehicle profit; 0 when the column is missing or the cell blank. */
  readonly frontGross: number;
  /** F&I profit; 0 when the column is missing or the cell blank. */
  readonly backGross: number;
  /** The vehicle as the log describes it ("2026 Silverado 1500"); absent when the log has no model column. */
  readonly model?: string;
}

/** The header row Pacecar writes for a deal log (the demo, the CLI's workbook), DMS style. */
export const DEAL_LOG_HEADERS = [
  "Stock #",
  "Sold Date",
  "Sales Person",
  "Lead Source",
  "New/Used",
  "Front Gross",
  "Back Gross",
] as const;

/** The deal log header with the vehicle's model last (the demo's log: programs filter units by model, e.g. trucks). */
export const DEAL_LOG_HEADERS_WITH_MODEL = [...DEAL_LOG_HEADERS, "Model"] as const;

/** A deal as a row under DEAL_LOG_HEADERS_WITH_MODEL ("" when the deal has no model). */
export function dealToRowWithModel(deal: Deal): (string | number)[] {
  return [...dealToRow(deal), deal.model ?? ""];
}

/** A deal as a row under DEAL_LOG_HEADERS. */
export function dealToRow(deal: Deal): (string | number)[] {
  return [
    deal.stockNumber,
    deal.soldDate,
    deal.salesperson,
    deal.channel,
    deal.newUsed,
    deal.frontGross,
    deal.backGross,
  ];
}
