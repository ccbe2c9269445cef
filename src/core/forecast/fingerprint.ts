import type { StoreCalendar } from "../calendar";

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/**
 * A cheap fingerprint of a list of numbers: its length and two independent 32-bit rolling hashes
 * of every number's bits, so equal ranges recalculating in many cells are recognised in one pass.
 */
export function numbersFingerprint(values: readonly number[] | null | undefined): string {
  if (!values) return "-";
  // A frozen list can't change: its fingerprint is computed once (shared reads of a range are frozen).
  if (!Object.isFrozen(values)) return hashNumbers(values);
  const known = frozenPrints.get(values);
  if (known !== undefined) return known;
  const print = hashNumbers(values);
  frozenPrints.set(values, print);
  return print;
}

const frozenPrints = new WeakMap<readonly number[], string>();

function hashNumbers(values: readonly number[]): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let k = 0; k < values.length; k++) {
    scratch[0] = values[k] as number;
    const lo = words[0] as number;
    const hi = words[1] as number;
    a = Math.imul(a ^ lo, 0x01000193);
    a = Math.imul(a ^ hi, 0x01000193);
    b = Math.imul(b ^ (hi + k), 0x85ebca6b);
    b ^= b >>> 13;
    b = Math.imul(b ^ lo, 0xc2b2ae35);
    b ^= b >>> 16;
  }
  return `${String(values.length)}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** A fingerprint of a store calendar: its closed weekdays and its holidays, order aside. */
export function calendarFingerprint(calendar: StoreCalendar): string {
  const weekend = calendar.weekend.map((closed) => (closed ? "1" : "0")).join("");
  return `${weekend}/${numbersFingerprint([...calendar.holidays].sort((x, y) => x - y))}`;
}
