/* Splitting a store target into whole-unit parts that add back up to it. */
import fc from "fast-check";
import { apportion } from "../../src/demo/apportion";

// Worked by hand: floor each exact share, then the leftover units go to the largest fractions.
it.each([
  ["three equal people, 10 units", 10, [1, 1, 1], [4, 3, 3]],
  ["exact shares", 12, [1, 2, 3], [2, 4, 6]],
  ["139 units by 0.6/0.4", 139, [0.6, 0.4], [83, 56]],
  ["largest fraction wins the leftover", 10, [0.14, 0.43, 0.43], [2, 4, 4]],
  ["a zero weight gets nothing", 7, [0, 1], [0, 7]],
  ["nothing to split", 0, [2, 3], [0, 0]],
])("%s", (_, total, weights, expected) => {
  expect(apportion(total, weights)).toEqual(expected);
});

it("sums to the total with each part within one unit of its exact share", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 500 }),
      fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }),
      (total, weights) => {
        const parts = apportion(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1);
        });
      }
    )
  );
});

it.each([
  ["a fractional total", () => apportion(2.5, [1])],
  ["all-zero weights", () => apportion(3, [0, 0])],
  ["a negative weight", () => apportion(3, [1, -1])],
])("throws on programmer misuse: %s", (_, misuse) => {
  expect(misuse).toThrow(RangeError);
});
