/* The event-log cache's key: the same cells give the same key, any changed cell (value, type or place) another. */
import fc from "fast-check";
import { cellsFingerprint } from "../../../src/core/floor";

const cellArb = fc.oneof(fc.double({ noNaN: true }), fc.string({ maxLength: 12 }), fc.boolean(), fc.constant(""));
const rangeArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 });

it("gives copies of the same ranges the same key", () => {
  fc.assert(
    fc.property(
      rangeArb,
      rangeArb,
      (a, b) => cellsFingerprint([a, b]) === cellsFingerprint([structuredClone(a), structuredClone(b)])
    )
  );
});

it.each([
  ["a number", [[45900.5]], [[45900.50001]]],
  ["text", [["In F&I"]], [["In F&l"]]],
  ["a number typed as text", [[1]], [["1"]]],
  ["TRUE and the text TRUE", [[true]], [["true"]]],
  ["a blank and an empty text", [[null]], [[""]]],
  ["cells moved between rows", [["a", "b"], ["c"]], [["a"], ["b", "c"]]],
  ["cells moved between ranges", [["a"]], [["a"], ["b"]]],
])("tells apart %s", (_, a, b) => {
  expect(cellsFingerprint([a])).not.toBe(cellsFingerprint([b]));
});
