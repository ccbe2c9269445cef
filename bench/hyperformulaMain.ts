/*
 * Runs the comparison with plain spreadsheet formulas alone: npx tsx bench/hyperformulaMain.ts
 * prints the section and writes it to docs/benchmarks-hyperformula.md (npm run bench puts the same
 * section in docs/benchmarks.md).
 */
import { writeFileSync } from "node:fs";
import { hyperformulaSection } from "./hyperformula";

void Promise.resolve(hyperformulaSection()).then((section) => {
  writeFileSync("docs/benchmarks-hyperformula.md", section);
  console.log(section);
});
