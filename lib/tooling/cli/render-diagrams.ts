/**
 * `npm run diagrams`: renders every mermaid fence in the content to light and dark SVGs in
 * public/diagrams/, keyed by content hash, and deletes files no diagram uses any more. The cache
 * is committed so that a production build never needs a browser.
 */
import { readdir, unlink, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { checkBody } from "../../content/check-body";
import { discoverTrack } from "../../content/discover";
import { defaultTrackDir } from "../../content/load";
import { parseQuestionFile } from "../../content/parse";
import { diagramDir, diagramFile, diagramHash, diagramThemes, isDiagramCached } from "../../diagrams/cache";
import { parseDiagram } from "../../diagrams/parse-diagram";
import { withDiagramRenderer } from "../diagrams/render";

const force = process.argv.includes("--force");
const found = await discoverTrack(defaultTrackDir());
const wanted = new Map<string, { source: string; where: string }>();
const problems: string[] = [];
for (const entry of found.files) {
  const parsed = parseQuestionFile(entry.raw, entry.file);
  if (!parsed.ok) continue;
  for (const diagram of checkBody(parsed.value.body, entry.file, parsed.value.bodyLine).diagrams) {
    const problem = await parseDiagram(diagram.source);
    if (problem)
      problems.push(
        `${entry.file}:${diagram.line + problem.line - 1}: body: diagram does not parse: ${problem.message}`,
      );
    else wanted.set(diagramHash(diagram.source), { source: diagram.source, where: `${entry.file}:${diagram.line}` });
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

await mkdir(diagramDir(), { recursive: true });
const todo = [...wanted].filter(([hash]) => force || !isDiagramCached(hash));
await withDiagramRenderer(async (render) => {
  for (const [hash, { source, where }] of todo) {
    for (const theme of diagramThemes) await writeFile(diagramFile(hash, theme), await render(source, theme));
    console.log(`rendered ${hash} (${where})`);
  }
});
let removed = 0;
for (const name of await readdir(diagramDir())) {
  const hash = name.replace(/-(light|dark)\.svg$/, "");
  if (!wanted.has(hash)) {
    await unlink(path.join(diagramDir(), name));
    removed += 1;
  }
}
console.log(`diagrams: ${wanted.size} in content, ${todo.length} rendered, ${removed} stale files removed`);
