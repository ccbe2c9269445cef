/**
 * How a showroom or CRM opportunity stands: "pending" (worked, no decision yet), "be-back" (the
 * customer said they'd come back), "lost" (said no, or went quiet), "sold".
 */
export type OpportunityStatus = "pending" | "be-back" | "lost" | "sold";

/** The statuses an opportunity can still close from, in the order they are shown. */
export const OPEN_STATUSES: readonly Exclude<OpportunityStatus, "sold">[] = ["pending", "be-back", "lost"];

// CRM exports spell the same status many ways; these are the common ones, compared without case, spaces or dashes.
const SYNONYMS: Readonly<Record<string, OpportunityStatus>> = {
  pending: "pending",
  working: "pending",
  open: "pending",
  active: "pending",
  inprogress: "pending",
  followup: "pending",
  beback: "be-back",
  bb: "be-back",
  lost: "lost",
  dead: "lost",
  nosale: "lost",
  unsold: "lost",
  sold: "sold",
  delivered: "sold",
  won: "sold",
};

/**
 * The status a cell names, or null when it names none Pacecar knows (the caller lists those).
 * @example opportunityStatus(" Be Back ") // "be-back"
 * @example opportunityStatus("Working") // "pending"
 * @example opportunityStatus("Hot") // null
 */
export function opportunityStatus(cell: unknown): OpportunityStatus | null {
  if (typeof cell !== "string") return null;
  const key = cell.toLowerCase().replace(/[\s\-_/.]/g, "");
  // Own keys only: a status like "constructor" must not find Object.prototype's.
  return Object.prototype.hasOwnProperty.call(SYNONYMS, key) ? (SYNONYMS[key] ?? null) : null;
}

/** A status as the pane and spills show it. */
export function statusLabel(status: OpportunityStatus): string {
  return status === "be-back" ? "Be-back" : status.charAt(0).toUpperCase() + status.slice(1);
}
