import "server-only";
import type { Nodes } from "mdast";
import { parseInline } from "./markdown-tree";
import type { SourceLine } from "./types";

/** A code span as the UI renders frontmatter text: backticks longer than any run inside. */
function codeSpan(value: string): string {
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  return /^`|`$/.test(value) ? `${ticks} ${value} ${ticks}` : `${ticks}${value}${ticks}`;
}

function plain(node: Nodes, out: string[]): void {
  switch (node.type) {
    case "text":
      out.push(node.value);
      return;
    case "inlineCode":
      out.push(codeSpan(node.value));
      return;
    case "html":
      out.push(node.value.replace(/[<>]/g, ""));
      return;
    case "break":
      out.push(" ");
      return;
    case "image":
      out.push(`${node.alt ?? ""} (${node.url})`);
      return;
    case "link":
      for (const child of node.children) plain(child, out);
      out.push(` (${node.url})`);
      return;
    default:
      if ("children" in node) {
        for (const child of node.children) {
          plain(child, out);
          out.push(child.type === "paragraph" ? " " : "");
        }
      } else if ("value" in node) out.push(node.value);
  }
}

/**
 * Turns Markdown into the plain text frontmatter strings hold: `code` spans stay (the UI renders
 * them), emphasis markers go, links keep their text and address, escapes are undone. The text is
 * read by a CommonMark parser, so code spans and escapes mean what they mean on the source page.
 */
export function toPlainText(text: string): string {
  // Text with no Markdown punctuation reads the same parsed or not.
  if (!/[\\`*_[\]<>&!]/.test(text)) return text.replace(/\s+/g, " ").trim();
  const out: string[] = [];
  plain(parseInline(text), out);
  return out.join("").replace(/\s+/g, " ").trim();
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
