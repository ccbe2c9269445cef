/* The README's function reference is generated from the JSDoc; this keeps it from drifting (fix: npm run docs:functions). */
import { readFileSync } from "node:fs";
import { readmeWithReference } from "../../scripts/functionReference";

it("has the function reference the JSDoc generates", async () => {
  const readme = readFileSync("README.md", "utf8");
  expect(await readmeWithReference(readme)).toBe(readme);
});

it("documents every GSM function the build exports", () => {
  const readme = readFileSync("README.md", "utf8");
  const golden = JSON.parse(readFileSync("test/golden/functions.json", "utf8")) as { functions: { name: string }[] };
  for (const { name } of golden.functions) expect(readme).toContain(`### \`GSM.${name}(`);
});
