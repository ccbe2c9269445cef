/** Number formats the pane uses, in the GSM's terms. */
export function formatUnits(x: number | null): string {
  return x === null ? "–" : Math.round(x).toLocaleString("en-US");
}

export function formatOneDecimal(x: number | null): string {
  return x === null ? "–" : x.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatPercent(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100).toString()}%`;
}

/** "2025-03" → "March 2025". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (y === undefined || m === undefined) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}

/** A probability as the GSM reads it: never a flat 0% or 100% when it is merely unlikely or likely. */
export function formatChance(p: number | null): string {
  if (p === null) return "–";
  if (p > 0 && p < 0.01) return "<1%";
  if (p < 1 && p > 0.99) return ">99%";
  return formatPercent(p);
}
