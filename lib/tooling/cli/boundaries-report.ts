/**
 * `npx tsx lib/tooling/cli/boundaries-report.ts [--list]`: counts the imports that reach into
 * another feature's files other than its entries (`index.ts`, `server.ts`), the files they reach,
 * and the feature folders that import each other. `--list` prints every deep import.
 */
import { parseArgs } from "node:util";
import { deepImports, featureCycles, featureDependencies, mutualPairs, readGraph } from "../boundaries/import-graph";

const { values } = parseArgs({ options: { list: { type: "boolean", default: false } } });
const graph = readGraph(process.cwd());
const deep = deepImports(graph);
const reached = new Map<string, number>();
for (const edge of deep) reached.set(edge.to, (reached.get(edge.to) ?? 0) + 1);
const deps = featureDependencies(graph);

console.log(`source files: ${graph.length}`);
console.log(`cross-feature deep imports: ${deep.length}, reaching ${reached.size} files`);
const top = [...reached].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
for (const [file, count] of top) console.log(`  ${count}\t${file}`);
const pairs = mutualPairs(deps);
console.log(`feature folders importing each other: ${pairs.length}`);
for (const [a, b] of pairs) console.log(`  ${a} ⇄ ${b}`);
const cycles = featureCycles(deps);
console.log(`feature cycles (including longer ones): ${cycles.length}`);
for (const cycle of cycles) console.log(`  ${cycle.join(", ")}`);
if (values.list) for (const edge of deep) console.log(`${edge.from} → ${edge.specifier}`);
