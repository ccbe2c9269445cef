import type { Deal } from "./deal";
import { headerKey } from "./columns";

// Keys as headerKey writes them, so "N", "new", "NEW" and "Pre-Owned" need no extra spellings.
const NEW_USED: ReadonlyMap<string, Deal["newUsed"]> = new Map([
  ["n", "New"],
  ["new", "New"],
  ["u", "Used"],
  ["used", "Used"],
  ["cpo", "Used"],
  ["certified", "Used"],
  ["certifiedpreowned", "Used"],
  ["preowned", "Used"],
]);

/**
 * A New/Used cell as Pacecar groups it: "N"/"New" → "New"; "U"/"Used"/"CPO"/"Certified" → "Used"
 * (certified pre-owned units are used-car sales); anything else → "".
 * @example newUsedOf(" new ") // "New"
 * @example newUsedOf("CPO") // "Used"
 */
export function newUsedOf(text: string): Deal["newUsed"] {
  // Plain spellings hit without the (slower) punctuation strip.
  return NEW_USED.get(text.toLowerCase()) ?? NEW_USED.get(headerKey(text)) ?? "";
}
