/* The files that hold GSM custom functions, one place for the build, the golden test and the README
 * reference: src/functions/functions.ts (calendar, pace, projection) and one
 * src/functions/<area>Functions.ts per area (OEM programs, deal flow, budget, …). */
const { readdirSync } = require("node:fs");
const path = require("node:path");

const DIR = path.join(__dirname, "..", "src", "functions");

/** Paths relative to the project root, functions.ts first, then the area files by name. */
function functionSources() {
  const areas = readdirSync(DIR)
    .filter((f) => /^[a-z][A-Za-z]*Functions\.ts$/.test(f))
    .sort();
  return ["functions.ts", ...areas].map((f) => `src/functions/${f}`);
}

module.exports = { functionSources };
