/* The files that hold GSM custom functions, one place for the build, the golden test and the README
 * reference: src/functions/functions.ts (calendar, pace, projection) and one
 * src/functions/<area>Functions.ts per area (OEM programs, deal flow, budget, …). */
const { readdirSync } = require("node:fs");
const path = require("node:path");

const DIR = path.join(__dirname, "..", "src", "functions");

/** The areas in the order the design's catalogue gives them (and the README's reference); others follow by name. */
const AREA_ORDER = ["programsFunctions.ts", "floorFunctions.ts", "budgetFunctions.ts", "gapFunctions.ts"];

/** Paths relative to the project root, functions.ts first, then the area files. */
function functionSources() {
  const rank = (f) => (AREA_ORDER.includes(f) ? AREA_ORDER.indexOf(f) : AREA_ORDER.length);
  const areas = readdirSync(DIR)
    .filter((f) => /^[a-z][A-Za-z]*Functions\.ts$/.test(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ["functions.ts", ...areas].map((f) => `src/functions/${f}`);
}

module.exports = { functionSources };
