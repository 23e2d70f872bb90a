import { UnsafeSvgError } from "@/lib/diagrams/node";
import { diagramThemes, type DiagramTheme } from "@/lib/diagrams/server";

/** One diagram to draw: its cache key, its mermaid source and where it stands, as `path:line`. */
export interface DiagramJob {
  hash: string;
  source: string;
  where: string;
}

export interface RenderOutcome {
  /** `hash (path:line)` of each diagram drawn and written, in job order. */
  rendered: string[];
  /** `path:line: body: message` for each diagram that could not be drawn safely. */
  problems: string[];
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();

/**
 * Draws every diagram in both themes and writes each one whose themes all drew safely. A diagram
 * mermaid cannot draw, or whose SVG the sanitiser refuses, is reported with its place and skipped,
 * so that one bad diagram neither stops the run nor leaves half its files in the cache.
 */
export async function renderEach(
  jobs: readonly DiagramJob[],
  render: (source: string, theme: DiagramTheme) => Promise<string>,
  write: (hash: string, theme: DiagramTheme, svg: string) => Promise<void>,
): Promise<RenderOutcome> {
  const outcome: RenderOutcome = { rendered: [], problems: [] };
  for (const { hash, source, where } of jobs) {
    const drawn: [DiagramTheme, string][] = [];
    try {
      for (const theme of diagramThemes) drawn.push([theme, await render(source, theme)]);
    } catch (error) {
      const reason =
        error instanceof UnsafeSvgError
          ? `diagram refused by the SVG sanitiser: ${firstLine(error)}`
          : `mermaid could not draw this diagram: ${firstLine(error)}`;
      outcome.problems.push(`${where}: body: ${reason}`);
      continue;
    }
    for (const [theme, svg] of drawn) await write(hash, theme, svg);
    outcome.rendered.push(`${hash} (${where})`);
  }
  return outcome;
}
