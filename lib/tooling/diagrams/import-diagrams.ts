import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import { findTrackDirs } from "@/lib/content/server";
import { diagramDir, diagramFile, diagramThemes, isDiagramCached, parseDiagram } from "@/lib/diagrams/server";
import { withDiagramRenderer } from "./render";
import { diagramsIn } from "./track-diagrams";

/** What rendering an import's diagrams did, for the import's output. */
export interface DiagramRun {
  rendered: number;
  cached: number;
  /** `file:line: body: message` for each diagram that could not be drawn; the others are drawn. */
  problems: string[];
}

/**
 * Draws the mermaid diagrams of an imported track folder into the diagram cache, as
 * `npm run diagrams` would, so the content check passes straight after the import. A diagram
 * that does not parse or render is listed and the rest are still drawn. It never deletes cached
 * files: only `npm run diagrams` knows every track that uses them.
 */
export async function renderImportedDiagrams(outDir: string): Promise<DiagramRun> {
  const run: DiagramRun = { rendered: 0, cached: 0, problems: [] };
  const todo = new Map<string, { source: string; file: string; line: number }>();
  for (const diagram of await diagramsIn(await findTrackDirs(outDir))) {
    const problem = await parseDiagram(diagram.source);
    if (problem) {
      run.problems.push(
        `${diagram.file}:${diagram.line + problem.line - 1}: body: diagram does not parse: ${problem.message}`,
      );
    } else if (isDiagramCached(diagram.hash)) run.cached += 1;
    else todo.set(diagram.hash, diagram);
  }
  if (todo.size === 0) return run;
  await mkdir(diagramDir(), { recursive: true });
  await withDiagramRenderer(async (render) => {
    for (const [hash, diagram] of todo) {
      try {
        const svgs = [];
        for (const theme of diagramThemes) svgs.push({ theme, svg: await render(diagram.source, theme) });
        for (const { theme, svg } of svgs) await writeFile(diagramFile(hash, theme), svg);
        run.rendered += 1;
      } catch (error) {
        run.problems.push(
          `${diagram.file}:${diagram.line}: body: diagram could not be drawn: ${(error as Error).message.split("\n")[0]}`,
        );
      }
    }
  });
  return run;
}
