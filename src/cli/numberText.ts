/*
 * How the CLI writes numbers: whole deals with thousands separators, a trend to one decimal,
 * chances as whole percents that never round a near-certainty into a certainty.
 */

/** 1,234 — or 1,234.5 when the number isn't whole (a sum of gross, a fractional target). */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 });
}

/** A straight-line trend to one decimal, or "—" when there is none yet (no selling day elapsed). */
export function formatTrend(value: number | null): string {
  return value === null ? "—" : value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A probability as a whole percent; "<1%" and ">99%" instead of a rounded 0% or 100% that isn't so. */
export function formatChance(p: number): string {
  if (p >= 1) return "100%";
  if (p <= 0) return "0%";
  if (p < 0.005) return "<1%";
  if (p > 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

/** A share as a percent with one decimal ("7.1%"), or "—" when it is not a number (no rows). */
export function formatShare(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "—";
}
