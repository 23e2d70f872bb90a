import type { Element, ElementContent } from "hast";
import type { Code, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { parseFenceMeta } from "./fence-meta";
import { highlightToHast } from "./highlight";
import { isCodeLanguage } from "./languages";

/**
 * mdast-util-to-hast wraps a `code` node in `<pre>` whatever its data says, so each fence becomes a
 * node of our own type, which the default handler turns into exactly the element in `data`.
 */
export function replaceWithElement(node: Code, element: Element): void {
  const replaced = node as unknown as { type: string; data: Record<string, unknown> };
  replaced.type = "prerendered";
  replaced.data = { hName: element.tagName, hProperties: element.properties, hChildren: element.children };
}

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, className: string[], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties: { className },
  children,
});

function caption(code: Code): ElementContent[] {
  const meta = parseFenceMeta(code.meta);
  const parts: ElementContent[] = [];
  if (meta.title) parts.push(el("span", ["code-title"], [text(meta.title)]));
  if (meta.run) parts.push(el("span", ["code-badge"], [text("runs as shown; output checked by our tests")]));
  return parts.length > 0 ? [el("figcaption", ["code-caption"], parts)] : [];
}

/**
 * Replaces each code fence with a figure holding shiki's highlighted `<pre>`, and each `output`
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
      replaceWithElement(node, el("figure", ["code-output"], children));
      return;
    }
    if (!isCodeLanguage(lang)) return;
    jobs.push(
      highlightToHast(node.value, lang).then((pre) => {
        const figure = el("figure", ["code-block"], [...caption(node), pre]);
        figure.properties.dataLang = lang;
        replaceWithElement(node, figure);
      }),
    );
  });
  await Promise.all(jobs);
};
