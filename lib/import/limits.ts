import "server-only";
import { ImportError } from "./errors";
import { eachLineWithFences } from "./fences";
import type { SourceLine } from "./types";

/**
 * Limits on what the Markdown parser is handed. CommonMark parsing slows down sharply with deep
 * container nesting and with many link brackets in one paragraph, so an answer beyond these limits
 * is refused before it is parsed, rather than tying up the import. Real answers stay far below them.
 */
export const importLimits = {
  /** Converting a page stops with an error after this long, so no page ties up the importer. */
  seconds: 6,
  /** Accordions on one page; real pages hold a few hundred at most. */
  accordions: 2_000,
  /** Lines in one accordion's body. */
  bodyLines: 5_000,
  /** Lists and quotes inside one another, counting indentation steps of two columns. */
  depth: 12,
  /** Characters on one line outside code fences. */
  lineLength: 10_000,
  /**
   * Work on link syntax for a whole page: each `[` may make the parser rescan the rest of its
   * paragraph, so each paragraph (a run of non-blank lines outside code fences) costs its `[`
   * count times its length.
   */
  linkWork: 20_000_000,
} as const;

const containerMarks = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/;

/** How deep a line sits in lists and quotes: its markers plus its indentation in steps of two. */
export function nestingOf(text: string): number {
  const prefix = containerMarks.exec(text)![0];
  let marks = 0;
  for (const ch of prefix)
    if (ch === ">" || ch === "-" || ch === "*" || ch === "+" || ch === "." || ch === ")") marks += 1;
  let indent = 0;
  for (const ch of text) {
    if (ch === " ") indent += 1;
    else if (ch === "\t") indent += 4;
    else break;
  }
  return marks + Math.floor(indent / 2);
}

/** The page's running total of link work, shared by the checks of its accordions. */
export interface LinkWork {
  total: number;
}

/** Throws an ImportError at the first line of an accordion body that breaks a limit. */
export function checkLimits(body: SourceLine[], file: string, work: LinkWork = { total: 0 }): void {
  if (body.length > importLimits.bodyLines) {
    throw new ImportError(
      file,
      body[0]!.line,
      "body",
      `accordion body is ${body.length} lines long; the importer reads up to ${importLimits.bodyLines}`,
    );
  }
  let paragraph = { line: 0, brackets: 0, length: 0 };
  let problem: ImportError | undefined;
  const endParagraph = () => {
    work.total += paragraph.brackets * paragraph.length;
    if (!problem && work.total > importLimits.linkWork) {
      problem = new ImportError(
        file,
        paragraph.line,
        "body",
        `too much link syntax to read in time: this paragraph takes the page past ${importLimits.linkWork} ` +
          `("[" count times length, summed over paragraphs)`,
      );
    }
    paragraph = { line: 0, brackets: 0, length: 0 };
  };
  eachLineWithFences(body, (line, inFence) => {
    if (problem) return;
    const t = line.text;
    if (inFence || t.trim() === "") {
      endParagraph();
      return;
    }
    if (t.length > importLimits.lineLength) {
      problem = new ImportError(
        file,
        line.line,
        "body",
        `line is ${t.length} characters long outside a code fence; the importer reads lines up to ${importLimits.lineLength}`,
      );
      return;
    }
    const depth = nestingOf(t);
    if (depth > importLimits.depth) {
      problem = new ImportError(
        file,
        line.line,
        "body",
        `lists and quotes nested ${depth} levels deep; the importer reads up to ${importLimits.depth}`,
      );
      return;
    }
    if (paragraph.length === 0) paragraph.line = line.line;
    for (const ch of t) if (ch === "[") paragraph.brackets += 1;
    paragraph.length += t.length + 1;
  });
  endParagraph();
  if (problem) throw problem;
}

/** Throws at the first accordion past the page limit. */
export function checkAccordionCount(accordions: { line: number }[], file: string): void {
  const over = accordions[importLimits.accordions];
  if (over) {
    throw new ImportError(
      file,
      over.line,
      "accordion",
      `page holds ${accordions.length} accordions; the importer reads up to ${importLimits.accordions} per page`,
    );
  }
}

/** The page ran out of time: unlike other problems, this stops the whole import. */
export class TimeLimitError extends ImportError {}

/**
 * Runs steps of one page's conversion under a time limit: a step that starts after the limit
 * throws an ImportError at its accordion, instead of the import running on.
 */
export function deadline(file: string, limitMs: number) {
  const end = performance.now() + limitMs;
  return <T>(line: number, step: () => T): T => {
    if (performance.now() > end) {
      throw new TimeLimitError(
        file,
        line,
        "accordion",
        `import stopped here after ${limitMs / 1000} s; split the page and import the parts`,
      );
    }
    return step();
  };
}
