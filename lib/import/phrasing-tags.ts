import "server-only";
import { append } from "./append";
import type { PhrasingContent } from "mdast";
import type { MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { allowedHtmlElements } from "@/lib/mdx/server";
import { ImportError } from "./errors";
import { readTag } from "./html-tags";
import type { Removed, Warning } from "./types";

/** Inline elements inside one another (`<sup><kbd>…`); more is not prose. */
export const maxInlineTagDepth = 8;

const allowed = new Set<string>(allowedHtmlElements);
const voidElements = new Set(["br"]);

export interface PhrasingContext {
  file: string;
  lineOf: (node: { position?: { start: { line: number } } }) => number;
  removed: Removed[];
  warnings: Warning[];
}

const text = (value: string): PhrasingContent => ({ type: "text", value });

/**
 * Rebuilds a run of inline nodes with every raw HTML node resolved: a matched pair of an element
 * we render (`<kbd>…</kbd>`) becomes a JSX element with no attributes; everything else, unclosed
 * tags included, becomes text. The result holds no raw HTML, so nothing is passed through.
 */
export function resolveInlineTags(children: PhrasingContent[], ctx: PhrasingContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const open: { element: MdxJsxTextElement; raw: string; line: number }[] = [];
  const current = () => open.at(-1)?.element.children ?? out;
  for (const child of children) {
    if (child.type !== "html") {
      current().push(child);
      continue;
    }
    const line = ctx.lineOf(child);
    if (child.value.startsWith("<!--")) {
      ctx.removed.push({ line, text: `comment ${child.value}` });
      continue;
    }
    const tag = readTag(child.value);
    if (!tag || tag.end !== child.value.length || !allowed.has(tag.name)) {
      current().push(text(child.value));
      continue;
    }
    if (tag.closing) {
      const top = open.at(-1);
      if (top?.element.name === tag.name) {
        open.pop();
        current().push(top.element);
      } else {
        ctx.warnings.push({ line, message: `</${tag.name}> closes no open <${tag.name}>; kept as text` });
        current().push(text(child.value));
      }
      continue;
    }
    if (tag.attributes.length > 0) {
      const written = tag.attributes.map((a) => (a.value === undefined ? a.name : `${a.name}="${a.value}"`));
      ctx.removed.push({ line, text: `attributes of <${tag.name}>: ${written.join(" ")}` });
    }
    const element: MdxJsxTextElement = { type: "mdxJsxTextElement", name: tag.name, attributes: [], children: [] };
    if (tag.selfClosing || voidElements.has(tag.name)) {
      current().push(element);
      continue;
    }
    if (open.length >= maxInlineTagDepth) {
      throw new ImportError(
        ctx.file,
        line,
        "body",
        `inline tags nested more than ${maxInlineTagDepth} deep; the importer reads up to ${maxInlineTagDepth}`,
      );
    }
    open.push({ element, raw: child.value, line });
  }
  while (open.length > 0) {
    const unclosed = open.pop()!;
    ctx.warnings.push({
      line: unclosed.line,
      message: `<${unclosed.element.name}> is never closed; kept as text`,
    });
    current().push(text(unclosed.raw));
    append(current(), unclosed.element.children);
  }
  return out;
}
