/**
 * `npm run bench:import`: imports a generated accordion page of 450 KB and prints the median time
 * of a first import and of a re-import (which matches every question against the import map).
 * Fails when either exceeds the budget in tests/budgets.json.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { measureImport } from "../bench/import-speed";

const budgets = JSON.parse(await readFile(path.join(process.cwd(), "tests", "budgets.json"), "utf8"));
const result = await measureImport();
console.log(
  `import: ${result.kb.toFixed(0)} KB page, ${result.questions} questions: first import ${result.firstMs.toFixed(0)} ms, ` +
    `re-import ${result.reimportMs.toFixed(0)} ms (median of ${result.runs})`,
);
if (Math.max(result.firstMs, result.reimportMs) > budgets.import450KbMs) {
  console.error(`import: over the ${budgets.import450KbMs} ms budget (tests/budgets.json import450KbMs)`);
  process.exit(1);
}
