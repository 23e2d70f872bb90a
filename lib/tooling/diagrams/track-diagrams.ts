import "server-only";
import { checkBody, discoverTrack, parseQuestionFile } from "@/lib/content/server";
import { diagramHash } from "@/lib/diagrams/server";

/** One mermaid fence of the content: its source and where it stands, as `path:line`. */
export interface FoundDiagram {
  hash: string;
  source: string;
  file: string;
  line: number;
}

/** Every mermaid fence in the questions of these track folders, in folder and file order. */
export async function diagramsIn(trackDirs: readonly string[]): Promise<FoundDiagram[]> {
  const found: FoundDiagram[] = [];
  for (const dir of trackDirs) {
    for (const entry of (await discoverTrack(dir)).files) {
      const parsed = parseQuestionFile(entry.raw, entry.file);
      if (!parsed.ok) continue;
      for (const diagram of checkBody(parsed.value.body, entry.file, parsed.value.bodyLine).diagrams) {
        found.push({ hash: diagramHash(diagram.source), source: diagram.source, file: entry.file, line: diagram.line });
      }
    }
  }
  return found;
}

/**
 * The cached SVG files no track uses. `referenced` must hold the diagrams of every track, not only
 * the ones being rendered, or one track's run would delete another track's drawings.
 */
export function staleDiagramFiles(fileNames: readonly string[], referenced: ReadonlySet<string>): string[] {
  return fileNames.filter((name) => {
    const hash = /^([0-9a-f]+)-(light|dark)\.svg$/.exec(name)?.[1];
    return hash === undefined || !referenced.has(hash);
  });
}
