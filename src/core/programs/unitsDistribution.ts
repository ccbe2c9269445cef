import type { CountDistribution } from "../forecast/countDistribution";

/** A distribution of whole units still to come, as a table: probs[k] = P(k more units). */
export type UnitsDistribution = readonly number[];

// Tails below this are dropped: they change no probability a GSM reads.
const TAIL = 1e-12;

/** A count distribution's table, cut where the tail is negligible. */
export function fromCountDistribution(d: CountDistribution): UnitsDistribution {
  const out: number[] = [];
  for (let k = 0; k <= d.upper; k++) out.push(d.pmf(k));
  return trim(out);
}

/** The table of a distribution known only by P(X ≥ x) over whole x ≥ 0 (a month forecast's probAtLeast). */
export function fromTail(atLeast: (x: number) => number, cap: number): UnitsDistribution {
  const out: number[] = [];
  let previous = 1;
  for (let k = 0; k <= cap && previous > TAIL; k++) {
    const next = Math.min(previous, atLeast(k + 1));
    out.push(previous - next);
    previous = next;
  }
  return trim(out);
}

/**
 * The distribution of X + Y for independent X and Y (the units of two months). Terms below the
 * negligible tail are skipped on both sides: a month's table starts with a long run of them (no
 * chance of selling 10 units in a 2,800-unit month), and multiplying them out would be most of the work.
 */
export function convolve(a: UnitsDistribution, b: UnitsDistribution): UnitsDistribution {
  const out = new Float64Array(a.length + b.length - 1);
  let bFirst = 0;
  while (bFirst < b.length - 1 && (b[bFirst] as number) < TAIL) bFirst++;
  for (let i = 0; i < a.length; i++) {
    const pa = a[i] as number;
    if (pa < TAIL) continue;
    for (let j = bFirst; j < b.length; j++) out[i + j] = (out[i + j] as number) + pa * (b[j] as number);
  }
  return trim(Array.from(out));
}

/** P(X ≥ x); exactly 1 for x ≤ 0 (a tier already reached is certain). */
export function probAtLeast(d: UnitsDistribution, x: number): number {
  if (x <= 0) return 1;
  let p = 0;
  for (let k = Math.max(0, Math.ceil(x)); k < d.length; k++) p += d[k] as number;
  return Math.min(1, p);
}

/** E[f(X)]. */
export function expectation(d: UnitsDistribution, f: (k: number) => number): number {
  let e = 0;
  d.forEach((p, k) => {
    if (p > 0) e += p * f(k);
  });
  return e;
}

function trim(probs: number[]): number[] {
  let end = probs.length;
  while (end > 1 && (probs[end - 1] as number) < TAIL) end--;
  const out = probs.slice(0, end);
  const total = out.reduce((s, p) => s + p, 0);
  return total > 0 ? out.map((p) => p / total) : [1];
}
