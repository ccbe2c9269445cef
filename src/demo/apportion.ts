/**
 * Splits a whole `total` into whole parts proportional to `weights` that sum exactly to `total`
 * (largest remainder: floor each share, then give the leftover units to the largest fractions,
 * earlier entries first on ties).
 * @throws RangeError when total is not a whole number ≥ 0, or weights are negative or all zero.
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total must be a whole number ≥ 0 (got ${String(total)})`);
  if (weights.length === 0) return [];
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new RangeError("weights must be finite and ≥ 0");
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError("weights must not all be zero");
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const leftover = total - parts.reduce((a, b) => a + b, 0);
  const byFraction = exact
    .map((x, i) => ({ i, fraction: x - Math.floor(x) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (let k = 0; k < leftover; k++) {
    const entry = byFraction[k];
    if (entry) parts[entry.i] = (parts[entry.i] ?? 0) + 1;
  }
  return parts;
}
