import "server-only";
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/**
 * Parses imported Markdown as the site's compiler reads an MDX page: CommonMark with GitHub's
 * tables, strikethrough, task lists and autolinks, no HTML blocks (a tag on its own line stays
 * inline, so the Markdown after it is still read) and no indented code.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), { disable: { null: ["htmlFlow", "codeIndented"] } }],
    mdastExtensions: [gfmFromMarkdown()],
  });
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
