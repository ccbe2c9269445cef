/**
 * Seeded randomness for the demo store. Plain integer arithmetic (mulberry32) drives everything,
 * so a seed gives the same sequence in the browser, the CLI and tests, on any machine.
 */

/** A seeded stream of random draws. */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal (mean 0, sd 1). */
  normal(): number;
  /** Gamma with the given shape and scale 1 (mean = shape). */
  gamma(shape: number): number;
  /** Poisson count with the given mean. */
  poisson(mean: number): number;
  /** Lognormal multiplier with mean 1 whose log has sd `sd`. */
  lognormalMeanOne(sd: number): number;
  /** Whole number in [0, n). */
  int(n: number): number;
  /** An index drawn with probability proportional to its (non-negative) weight. */
  weighted(weights: readonly number[]): number;
  /** As `weighted`, from running totals of the weights (see cumulativeWeights): cheap when one set of weights serves many draws. */
  weightedCumulative(cumulative: readonly number[]): number;
  /** Shuffles a copy of `items` (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
}

/**
 * Mixes integers into one 32-bit seed (murmur3 finaliser), so sub-streams (one per month, one for
 * the roster) are independent of each other and of how many draws the others made.
 * @example mixSeed(42, 24301) // the stream of month 24301 of the store seeded 42
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (Math.trunc(part) >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

// Knuth's Poisson multiplies uniforms until below e^-mean; chunks keep e^-mean far from underflow.
const POISSON_CHUNK = 30;

/**
 * A random stream from a 32-bit seed.
 * @example createRandom(7).poisson(4.2) // a whole number, the same one every run
 */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  let spareNormal: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const normal = (): number => {
    if (spareNormal !== null) {
      const z = spareNormal;
      spareNormal = null;
      return z;
    }
    // Box–Muller; 1 - next() is in (0, 1], so the log is finite.
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const theta = 2 * Math.PI * next();
    spareNormal = r * Math.sin(theta);
    return r * Math.cos(theta);
  };

  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be positive (got ${String(shape)})`);
    // Marsaglia–Tsang needs shape ≥ 1; a smaller shape is boosted by one and scaled back.
    if (shape < 1) return gamma(shape + 1) * Math.pow(1 - next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = 1 - next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };

  const poissonSmall = (mean: number): number => {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = next();
    while (p > limit) {
      k++;
      p *= next();
    }
    return k;
  };

  const poisson = (mean: number): number => {
    if (!(mean >= 0) || !Number.isFinite(mean))
      throw new RangeError(`poisson mean must be finite and ≥ 0 (got ${String(mean)})`);
    let total = 0;
    for (let rest = mean; rest > 0; rest -= POISSON_CHUNK) total += poissonSmall(Math.min(rest, POISSON_CHUNK));
    return total;
  };

  const int = (n: number): number => Math.floor(next() * n);

  const weightedCumulative = (cumulative: readonly number[]): number => {
    const total = cumulative[cumulative.length - 1] ?? 0;
    if (!(total > 0)) throw new RangeError("weighted draw needs a positive total weight");
    const u = next() * total;
    // u < total, so some running total exceeds it; a zero weight never does where its predecessor did not.
    for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] ?? 0)) return i;
    return cumulative.length - 1;
  };

  return {
    next,
    normal,
    gamma,
    poisson,
    lognormalMeanOne: (sd) => Math.exp(sd * normal() - (sd * sd) / 2),
    int,
    weighted: (weights) => weightedCumulative(cumulativeWeights(weights)),
    weightedCumulative,
    shuffled<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const a = out[i] as T;
        out[i] = out[j] as T;
        out[j] = a;
      }
      return out;
    },
  };
}

/**
 * Running totals of weights, for Random.weightedCumulative.
 * @throws RangeError when a weight is negative or not finite.
 * @example cumulativeWeights([1, 0, 2]) // [1, 1, 3]
 */
export function cumulativeWeights(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weights must be finite and ≥ 0 (got ${String(w)})`);
    return (sum += w);
  });
}
