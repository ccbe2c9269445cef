/** The aging buckets a GSM reads inventory by, youngest first (days in stock, both ends included). */
export const AGING_BUCKETS = [
  { label: "0-30", from: 0, to: 30 },
  { label: "31-45", from: 31, to: 45 },
  { label: "46-60", from: 46, to: 60 },
  { label: "61-90", from: 61, to: 90 },
  { label: "90+", from: 91, to: Number.POSITIVE_INFINITY },
] as const;

/** A bucket's label, e.g. "46-60". */
export type AgingBucket = (typeof AGING_BUCKETS)[number]["label"];

/**
 * The aging bucket of a unit that has been in stock `days` days (a unit stocked in today is 0 days;
 * a fraction is rounded down, so 30.9 days is still "0-30").
 * @example agingBucket(45) // "31-45"
 * @example agingBucket(91) // "90+"
 */
export function agingBucket(days: number): AgingBucket {
  const whole = Math.max(0, Math.floor(days));
  for (const b of AGING_BUCKETS) if (whole <= b.to) return b.label;
  return "90+";
}
