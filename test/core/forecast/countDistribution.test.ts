/* The count distribution of deals still to come, against probabilities worked by hand. */
import fc from "fast-check";
import { countDistribution } from "../../../src/core/forecast";

describe("Poisson when the variance is the mean", () => {
  // P(X = k) = e^-m m^k / k!; for m = 4: e^-4 = 0.0183156, so P(0..2) = e^-4 (1 + 4 + 8) = 0.238103.
  it.each([
    [0, 0.0183156],
    [1, 0.0732626],
    [2, 0.1465251],
    [4, 0.1953668],
  ])("P(X = %i) for mean 4", (k, p) => {
    expect(countDistribution(4, 4).pmf(k)).toBeCloseTo(p, 6);
  });

  it("cdf(2) = 13 e^-4 and the median of a mean-4 Poisson is 4", () => {
    const d = countDistribution(4, 4);
    expect(d.cdf(2)).toBeCloseTo(13 * Math.exp(-4), 6);
    expect(d.quantile(0.5)).toBe(4); // cdf(3) = 0.4335, cdf(4) = 0.6288
  });
});

describe("negative binomial when over-dispersed", () => {
  // Mean 10, variance 20: size r = 100/10 = 10, p = 0.5; P(0) = 0.5^10 = 0.000976563,
  // P(1) = 10 · 0.5^11 = 0.004882813, P(2) = 55 · 0.5^12 = 0.013427734.
  it.each([
    [0, 0.000976563],
    [1, 0.004882813],
    [2, 0.013427734],
  ])("P(X = %i) for mean 10, variance 20", (k, p) => {
    expect(countDistribution(10, 20).pmf(k)).toBeCloseTo(p, 8);
  });
});

it("a mean of 0 is certain: no deals to come", () => {
  const d = countDistribution(0, 0);
  expect(d.pmf(0)).toBe(1);
  expect(d.quantile(0.99)).toBe(0);
});

it("a variance below the mean is read as Poisson (days can't be steadier than chance here)", () => {
  expect(countDistribution(6, 2).variance).toBe(6);
});

it("probabilities sum to 1 and the table's mean and variance are the ones asked for", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.1, max: 400, noNaN: true }),
      fc.double({ min: 1, max: 3, noNaN: true }),
      (mean, dispersion) => {
        const d = countDistribution(mean, mean * dispersion);
        let total = 0;
        let m1 = 0;
        let m2 = 0;
        for (let k = 0; k <= d.upper; k++) {
          total += d.pmf(k);
          m1 += k * d.pmf(k);
          m2 += k * k * d.pmf(k);
        }
        expect(total).toBeCloseTo(1, 9);
        expect(m1).toBeCloseTo(mean, 4);
        expect(m2 - m1 * m1).toBeCloseTo(mean * dispersion, 2);
      }
    ),
    { numRuns: 50, seed: 7 }
  );
});

it("throws on a programmer's impossible mean", () => {
  expect(() => countDistribution(-1, 1)).toThrow(RangeError);
  expect(() => countDistribution(NaN, 1)).toThrow(RangeError);
});
