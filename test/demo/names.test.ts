/* Salespeople's names: realistic and never two alike. */
import fc from "fast-check";
import { FIRST_NAMES, LAST_NAMES, pickNames } from "../../src/demo/names";
import { createRandom } from "../../src/demo/random";

it("picks distinct first-and-last names without repeating a first or a last name", () => {
  fc.assert(
    fc.property(fc.integer(), fc.integer({ min: 0, max: 40 }), (seed, count) => {
      const names = pickNames(count, createRandom(seed));
      expect(names).toHaveLength(count);
      expect(new Set(names.map((n) => n.split(" ")[0])).size).toBe(count);
      expect(new Set(names.map((n) => n.split(" ")[1])).size).toBe(count);
      for (const n of names) {
        const [first, last] = n.split(" ");
        expect(FIRST_NAMES).toContain(first);
        expect(LAST_NAMES).toContain(last);
      }
    })
  );
});

it("refuses more people than it has names for", () => {
  expect(() => pickNames(41, createRandom(1))).toThrow(RangeError);
});
