/*
 * Runs the comparison with plain spreadsheet formulas alone and prints it:
 * npx tsx bench/hyperformulaMain.ts (npm run bench writes the same section into docs/benchmarks.md).
 */
import { hyperformulaSection } from "./hyperformula";

void Promise.resolve(hyperformulaSection()).then((section) => {
  console.log(section);
});
