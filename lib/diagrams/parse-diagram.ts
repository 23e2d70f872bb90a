import "server-only";
/**
 * Checks diagram syntax in Node with mermaid's own parser on a jsdom window. Only diagrams that
 * are missing from the SVG cache are parsed (a cached one has rendered, so it parses), which keeps
 * mermaid out of a normal build entirely.
 */
import { installDomWindow } from "./dom-window";

type Mermaid = typeof import("mermaid").default;
let mermaidPromise: Promise<Mermaid> | undefined;

async function loadMermaid(): Promise<Mermaid> {
  await installDomWindow();
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
  return mermaid;
}

/** Returns null when the diagram parses, or the parser's message and the 1-based source line. */
export async function parseDiagram(source: string): Promise<{ line: number; message: string } | null> {
  mermaidPromise ??= loadMermaid();
  const mermaid = await mermaidPromise;
  try {
    await mermaid.parse(source);
    return null;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const lines = source.split("\n").length;
    const reported = /line (\d+)/.exec(text);
    const line = Math.min(reported ? Number(reported[1]) : 1, lines);
    const firstLine = (text.split("\n")[0] ?? text).replace(/:$/, "");
    const got = /got '([^']+)'/.exec(text)?.[1];
    return { line, message: got ? `${firstLine}: unexpected ${got}` : firstLine };
  }
}
