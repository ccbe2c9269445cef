/**
 * A distribution of a whole count (deals still to come), negative binomial when over-dispersed,
 * Poisson otherwise, held as a table of probabilities so every quantile and tail is exact.
 */
export interface CountDistribution {
  readonly mean: number;
  readonly variance: number;
  /** P(X = k); 0 off the table. */
  pmf(k: number): number;
  /** P(X ≤ k). */
  cdf(k: number): number;
  /** The smallest k with P(X ≤ k) ≥ p, for 0 < p < 1. */
  quantile(p: number): number;
  /** Largest k with a non-negligible probability (the table's end). */
  readonly upper: number;
}

/**
 * A count distribution with the given mean and variance: negative binomial (mean m, variance v > m:
 * size r = m² / (v − m), p = m / v), or Poisson when v ≤ m. Built from the mode outward by the
 * ratio of successive probabilities and normalised, so no factorial or gamma function is needed.
 * @example countDistribution(10, 20).quantile(0.5) // 9
 */
export function countDistribution(mean: number, variance: number): CountDistribution {
  if (!(mean >= 0) || !Number.isFinite(mean))
    throw new RangeError(`count distribution needs a finite mean ≥ 0 (got ${String(mean)})`);
  const v = Math.max(variance, mean);
  // Past the mode the table runs on until a probability falls below 1e-15 of the mode's (a hard cap far out).
  const cap = Math.ceil(mean + 60 * Math.sqrt(v) + 100);
  const values: number[] = [];
  if (mean === 0) {
    values.push(1);
  } else {
    const poisson = v <= mean * (1 + 1e-9);
    const size = poisson ? Infinity : (mean * mean) / (v - mean);
    const q = poisson ? 0 : 1 - mean / v;
    // P(k+1)/P(k): Poisson m/(k+1); negative binomial (k+r)/(k+1)·(1−p).
    const ratio = poisson ? (k: number) => mean / (k + 1) : (k: number) => ((k + size) / (k + 1)) * q;
    const mode = Math.min(cap, poisson ? Math.floor(mean) : size > 1 ? Math.floor(((size - 1) * q) / (1 - q)) : 0);
    values[mode] = 1;
    for (let k = mode; k > 0; k--) values[k - 1] = (values[k] as number) / ratio(k - 1);
    for (let k = mode; k < cap && (k <= mean || (values[k] as number) > 1e-15); k++)
      values[k + 1] = (values[k] as number) * ratio(k);
  }
  const upper = values.length - 1;
  const probs = Float64Array.from(values);
  let total = 0;
  for (let k = 0; k <= upper; k++) total += probs[k] as number;
  const cumulative = new Float64Array(upper + 1);
  let running = 0;
  for (let k = 0; k <= upper; k++) {
    probs[k] = (probs[k] as number) / total;
    running += probs[k] as number;
    cumulative[k] = running;
  }
  return {
    mean,
    variance: v,
    upper,
    pmf: (k) => (Number.isInteger(k) && k >= 0 && k <= upper ? (probs[k] as number) : 0),
    cdf: (k) => (k < 0 ? 0 : k >= upper ? 1 : (cumulative[Math.floor(k)] as number)),
    quantile(p) {
      // Binary search for the first cumulative probability ≥ p (a hair of tolerance for rounding).
      let lo = 0;
      let hi = upper;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) >= p - 1e-12) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}
