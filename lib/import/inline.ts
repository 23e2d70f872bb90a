import "server-only";
import { unescapeMarkdown } from "./normalise-export";
import type { SourceLine } from "./types";

/**
 * Turns Markdown into the plain text frontmatter strings hold: `code` spans stay (the UI renders
 * them), emphasis markers go, links keep their text and address, escapes are undone.
 */
export function toPlainText(text: string): string {
  const parts = text.split(/(`[^`]+`)/g);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : unescapeMarkdown(
            part
              .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, "$1 ($2)")
              .replace(/\*\*/g, "")
              .replace(/(^|[^\w])__(\S(?:.*?\S)?)__(?=[^\w]|$)/g, "$1$2")
              .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
              .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => tag.replace(/[<>]/g, "")),
          ),
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export interface ListItem {
  /** The item's own text, marker removed, continuation lines joined. */
  text: string;
  /** Lines nested deeper than the item (sub-lists, indented answers). */
  nested: string[];
  line: number;
}

const marker = /^(\s*)(?:[-*+]|\d+[.)])\s+/;

/** Splits a list block into its top-level items. */
export function listItems(lines: SourceLine[]): ListItem[] {
  const items: ListItem[] = [];
  const baseIndent = marker.exec(lines[0]?.text ?? "")?.[1]!.length ?? 0;
  for (const line of lines) {
    const m = marker.exec(line.text);
    if (m && m[1]!.length <= baseIndent) {
      items.push({ text: line.text.slice(m[0].length).trim(), nested: [], line: line.line });
    } else if (items.length > 0) {
      const item = items.at(-1)!;
      const indent = /^\s*/.exec(line.text)![0].length;
      if (marker.test(line.text) || (item.nested.length > 0 && indent > baseIndent)) item.nested.push(line.text.trim());
      else item.text += ` ${line.text.trim()}`;
    } else {
      items.push({ text: line.text.trim(), nested: [], line: line.line });
    }
  }
  return items;
}

/** Splits a paragraph into sentences, for intent written as prose rather than a list. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z“"(`])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
