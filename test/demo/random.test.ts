/* The demo's randomness: a seed fixes the whole stream, and each sampler has the distribution it names. */
import fc from "fast-check";
import { createRandom, mixSeed } from "../../src/demo/random";

function sample(n: number, draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

it("gives the same stream for the same seed and a different one for another seed", () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const c = createRandom(43);
  const first = Array.from({ length: 20 }, () => a.next());
  expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
  expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  for (const u of first) expect(u >= 0 && u < 1).toBe(true);
});

it("mixes seeds into distinct streams per part", () => {
  const seeds = new Set<number>();
  for (let month = 24_000; month < 24_400; month++) seeds.add(mixSeed(7, 1, month));
  expect(seeds.size).toBe(400);
  expect(mixSeed(7, 1, 5)).toBe(mixSeed(7, 1, 5));
});

// Theoretical moments: uniform 1/2 and 1/12; normal 0 and 1; gamma(k) k and k; Poisson λ and λ;
// lognormalMeanOne(s) mean 1. Tolerances are ~5 standard errors of 20,000 draws.
it.each([
  ["uniform", (r: ReturnType<typeof createRandom>) => r.next(), 0.5, 1 / 12, 0.01],
  ["normal", (r: ReturnType<typeof createRandom>) => r.normal(), 0, 1, 0.04],
  ["gamma(0.5)", (r: ReturnType<typeof createRandom>) => r.gamma(0.5), 0.5, 0.5, 0.03],
  ["gamma(20)", (r: ReturnType<typeof createRandom>) => r.gamma(20), 20, 20, 0.2],
  ["poisson(0.3)", (r: ReturnType<typeof createRandom>) => r.poisson(0.3), 0.3, 0.3, 0.03],
  ["poisson(4.5)", (r: ReturnType<typeof createRandom>) => r.poisson(4.5), 4.5, 4.5, 0.1],
  // Past one 30-unit chunk: the sum of chunked draws must still be Poisson(75).
  ["poisson(75)", (r: ReturnType<typeof createRandom>) => r.poisson(75), 75, 75, 0.4],
])("%s has its mean and variance", (_, draw, mean, variance, tolerance) => {
  const random = createRandom(2024);
  const s = sample(20_000, () => draw(random));
  expect(Math.abs(s.mean - mean)).toBeLessThan(tolerance);
  expect(Math.abs(s.variance / variance - 1)).toBeLessThan(0.06);
});

it("keeps a lognormal multiplier's mean at 1 whatever its spread", () => {
  const random = createRandom(9);
  for (const sd of [0.06, 0.14, 0.5]) {
    expect(Math.abs(sample(40_000, () => random.lognormalMeanOne(sd)).mean - 1)).toBeLessThan(0.02);
  }
});

it("draws indexes in proportion to their weights and never a zero weight", () => {
  const random = createRandom(5);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 30_000; i++) counts[random.weighted([1, 0, 2, 3])]! += 1;
  expect(counts[1]).toBe(0);
  // Expected shares 1/6, 2/6, 3/6.
  expect(Math.abs(counts[0]! / 30_000 - 1 / 6)).toBeLessThan(0.01);
  expect(Math.abs(counts[2]! / 30_000 - 2 / 6)).toBeLessThan(0.01);
  expect(Math.abs(counts[3]! / 30_000 - 3 / 6)).toBeLessThan(0.01);
});

it("shuffles into a permutation of the items", () => {
  fc.assert(
    fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
      const shuffled = createRandom(seed).shuffled(items);
      expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
    })
  );
});

it.each([
  ["a negative Poisson mean", () => createRandom(1).poisson(-1)],
  ["a zero gamma shape", () => createRandom(1).gamma(0)],
  ["all-zero weights", () => createRandom(1).weighted([0, 0])],
])("throws on programmer misuse: %s", (_, misuse) => {
  expect(misuse).toThrow(RangeError);
});
