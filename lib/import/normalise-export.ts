import "server-only";
import { eachLineWithFences, fenceOpening } from "./fences";
import type { Removed, SourceLine } from "./types";

const themeSuffix = / theme=\{null\}/;

/**
 * Signs of the site's Markdown export rather than its MDX source: fence info strings carrying
 * ` theme={null}`, or backslash-escaped `&`, `~`, `<` and `_` in prose.
 */
export function looksLikeMarkdownExport(lines: SourceLine[]): boolean {
  let signs = 0;
  eachLineWithFences(lines, (line, inFence) => {
    if (inFence && fenceOpening(line.text) && themeSuffix.test(line.text)) signs += 2;
    else if (!inFence && /\\[&~<_]/.test(line.text)) signs += 1;
  });
  return signs >= 2;
}

/**
 * Rewrites the export's quirks, keeping line numbers: drops ` theme={null}` from fence openings
 * (listed as removed) and turns `*` bullets into `-`. Backslash escapes stay in bodies, where
 * Markdown renders them as the plain character; frontmatter text is unescaped separately.
 */
export function normaliseExport(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const out: SourceLine[] = [];
  eachLineWithFences(lines, (line, inFence) => {
    let text = line.text;
    if (inFence && fenceOpening(text) && themeSuffix.test(text)) {
      text = text.replace(themeSuffix, "");
      removed.push({ line: line.line, text: "theme={null}" });
    } else if (!inFence) {
      text = text.replace(/^(\s*)\*(\s+)/, "$1-$2");
    }
    out.push({ text, line: line.line });
  });
  return { lines: out, removed };
}

/** Undoes Markdown backslash escapes, for text that is shown as plain text (titles, frontmatter). */
export const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
