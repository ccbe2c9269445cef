// npm run docs:functions — rewrites the function reference in README.md from the JSDoc.
import { readFileSync, writeFileSync } from "node:fs";
import { readmeWithReference } from "./functionReference";

void readmeWithReference(readFileSync("README.md", "utf8")).then((readme) => {
  writeFileSync("README.md", readme);
  console.log("README.md function reference updated");
});
