import "server-only";
import type { Element, ElementContent } from "hast";
import type { BlockContent, Code, Root, RootContent } from "mdast";
import type { Plugin } from "unified";
import { parseFenceMeta } from "./fence-meta";
import { highlightToHtml } from "./highlight";
import { codeLanguage } from "./languages";
import { prerendered, replaceFences, type FenceReplacement } from "./replace-fences";

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

/** An `output` fence as a labelled block; the fence before it says whether line order is fixed. */
function outputBlock(node: Code, previous: RootContent | undefined): BlockContent {
  const unordered = previous?.type === "code" && parseFenceMeta(previous.meta).unordered;
  const label = unordered ? "Output (line order may vary)" : "Output";
  const children = [
    el("figcaption", ["code-caption"], [text(label)]),
    // tabIndex lets keyboard users scroll a wide block, as on highlighted code.
    { ...el("pre", [], [el("code", [], [text(node.value)])]), properties: { className: [], tabIndex: 0 } },
  ];
  return prerendered(el("figure", ["code-output"], children));
}

function replacementOf(node: Code, previous: RootContent | undefined): FenceReplacement {
  const lang = node.lang ?? "";
  if (lang === "output") return outputBlock(node, previous);
  const language = codeLanguage(lang);
  if (!language) return undefined;
  return highlightToHtml(node.value, language.shikiId).then((html) => codeBlock(node, language.name, html));
}

/**
 * Replaces each code fence with a `<CodeBlock>` holding shiki's highlighted HTML, and each `output`
 * fence with a labelled block. Highlighting happens here, at build time, so pages ship no
 * highlighter.
 */
export const remarkCodeBlocks: Plugin<[], Root> = () => (tree) => replaceFences(tree, replacementOf);
