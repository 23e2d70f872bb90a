/**
 * `npm run diagrams [-- <dir>]`: renders every mermaid fence in the content to light and dark SVGs
 * in public/diagrams/, keyed by content hash, and deletes files no diagram uses any more. The cache
 * is committed so that a production build never needs a browser. Without a folder it renders every
 * track the site is built from; with one (a track folder, or a content folder of tracks, such as
 * the importer's output) it renders that folder's diagrams. Either way it deletes only the files
 * that no track uses, counting every track of the site as well as the folder given. A diagram that
 * cannot be drawn safely is reported as `path:line` and skipped; the rest are drawn, and the run
 * then exits 1.
 */
import { readdir, unlink, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { contentRoots, findTrackDirs } from "@/lib/content/server";
import { diagramDir, diagramFile, isDiagramCached, parseDiagram } from "@/lib/diagrams/server";
import { withDiagramRenderer } from "../diagrams/render";
import { renderEach } from "../diagrams/render-each";
import { diagramsIn, staleDiagramFiles } from "../diagrams/track-diagrams";

const force = process.argv.includes("--force");
const [dir] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const siteTracks = (await Promise.all(contentRoots().map(findTrackDirs))).flat();
const chosen = dir === undefined ? siteTracks : await findTrackDirs(dir);
if (chosen.length === 0) {
  console.error(`${dir}:1: track: no track.json in this folder or in any folder inside it`);
  process.exit(1);
}
const wanted = new Map<string, { source: string; where: string }>();
const problems: string[] = [];
for (const diagram of await diagramsIn(chosen)) {
  const problem = await parseDiagram(diagram.source);
  if (problem)
    problems.push(
      `${diagram.file}:${diagram.line + problem.line - 1}: body: diagram does not parse: ${problem.message}`,
    );
  else wanted.set(diagram.hash, { source: diagram.source, where: `${diagram.file}:${diagram.line}` });
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

await mkdir(diagramDir(), { recursive: true });
const todo = [...wanted].filter(([hash]) => force || !isDiagramCached(hash));
const { rendered, problems: unsafe } = await withDiagramRenderer((render) =>
  renderEach(
    todo.map(([hash, { source, where }]) => ({ hash, source, where })),
    render,
    (hash, theme, svg) => writeFile(diagramFile(hash, theme), svg),
  ),
);
for (const line of rendered) console.log(`rendered ${line}`);
const others = await diagramsIn(siteTracks.filter((track) => !chosen.includes(track)));
const referenced = new Set([...wanted.keys(), ...others.map((diagram) => diagram.hash)]);
const stale = staleDiagramFiles(await readdir(diagramDir()), referenced);
for (const name of stale) await unlink(path.join(diagramDir(), name));
const removed = stale.length;
console.log(`diagrams: ${wanted.size} in content, ${rendered.length} rendered, ${removed} stale files removed`);
if (unsafe.length > 0) {
  console.error(unsafe.join("\n"));
  process.exit(1);
}
