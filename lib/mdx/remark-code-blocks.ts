import "server-only";
import type { Element, ElementContent } from "hast";
import type { BlockContent, Code, Data, DefinitionContent, Node, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { parseFenceMeta } from "./fence-meta";
import { highlightToHtml } from "./highlight";
import { isCodeLanguage } from "./languages";

/**
 * mdast-util-to-hast wraps a `code` node in `<pre>` whatever its data says, so each fence becomes a
 * node of our own type, which the default handler turns into exactly the element in `data`.
 */
interface Prerendered extends Node {
  type: "prerendered";
  data: Data & { hName: string; hProperties: Element["properties"]; hChildren: ElementContent[] };
}

declare module "mdast" {
  interface BlockContentMap {
    prerendered: Prerendered;
  }
  interface RootContentMap {
    prerendered: Prerendered;
  }
}

export const prerendered = (element: Element): Prerendered => ({
  type: "prerendered",
  data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
});

/** Where a fence sits, so a plugin can put its replacement there. */
export interface FenceSlot {
  parent: Root | { children: (BlockContent | DefinitionContent)[] } | undefined;
  index: number | undefined;
}

/** Puts a replacement node where the fence was; the fence itself is left untouched. */
export function replaceFence({ parent, index }: FenceSlot, replacement: BlockContent): void {
  if (parent && index !== undefined) parent.children[index] = replacement;
}

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, className: string[], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties: { className },
  children,
});

type JsxAttribute = { type: "mdxJsxAttribute"; name: string; value: string | null };

/** A fence as `<CodeBlock>`; its pre-rendered HTML is one prop, so React never walks the tokens. */
function codeBlock(node: Code, lang: string, html: string): BlockContent {
  const meta = parseFenceMeta(node.meta);
  const attributes: JsxAttribute[] = [
    { type: "mdxJsxAttribute", name: "lang", value: lang },
    { type: "mdxJsxAttribute", name: "html", value: html },
  ];
  if (meta.title) attributes.push({ type: "mdxJsxAttribute", name: "title", value: meta.title });
  if (meta.run) attributes.push({ type: "mdxJsxAttribute", name: "runs", value: null });
  return { type: "mdxJsxFlowElement", name: "CodeBlock", attributes, children: [] };
}

/**
 * Replaces each code fence with a `<CodeBlock>` holding shiki's highlighted HTML, and each `output`
 * fence with a labelled block. Highlighting happens here, at build time, so pages ship no
 * highlighter.
 */
export const remarkCodeBlocks: Plugin<[], Root> = () => async (tree) => {
  const jobs: Promise<void>[] = [];
  visit(tree, "code", (node: Code, index, parent) => {
    const lang = node.lang ?? "";
    if (lang === "output") {
      const previous = parent && index ? parent.children[index - 1] : undefined;
      const unordered = previous?.type === "code" && parseFenceMeta(previous.meta).unordered;
      const label = unordered ? "Output (line order may vary)" : "Output";
      const children = [
        el("figcaption", ["code-caption"], [text(label)]),
        el("pre", [], [el("code", [], [text(node.value)])]),
      ];
      replaceFence({ parent, index }, prerendered(el("figure", ["code-output"], children)));
      return;
    }
    if (!isCodeLanguage(lang)) return;
    const slot = { parent, index };
    jobs.push(highlightToHtml(node.value, lang).then((html) => replaceFence(slot, codeBlock(node, lang, html))));
  });
  await Promise.all(jobs);
};
