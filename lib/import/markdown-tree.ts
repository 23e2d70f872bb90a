import "server-only";
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/**
 * Parses imported Markdown as CommonMark, the way an MDX page reads it: no HTML blocks (a tag on
 * its own line stays inline, so the Markdown after it is still read) and no indented code.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [{ disable: { null: ["htmlFlow", "codeIndented"] } }] });
}

/** Parses one line of text as inline Markdown only: no headings, lists, quotes or fences. */
export function parseInline(text: string): Root {
  const block = [
    "htmlFlow",
    "codeIndented",
    "codeFenced",
    "list",
    "headingAtx",
    "setextUnderline",
    "blockQuote",
    "thematicBreak",
    "definition",
  ];
  return fromMarkdown(text, { extensions: [{ disable: { null: block } }] });
}
