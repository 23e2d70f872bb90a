import "server-only";
import type { Element } from "hast";
import type { Code, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { cachedDiagramSize, diagramHash, diagramThemes, diagramUrl } from "../diagrams/cache";
import { prerendered, replaceFence } from "./remark-code-blocks";
import { diagramOf } from "./walk-mdx";

/**
 * Turns `mermaid` fences into images of the prerendered SVGs, one per theme; CSS shows the one
 * that matches. As `<img>`, a diagram can never run script or leak styles into the page, and the
 * browser loads no mermaid code at all.
 */
export const remarkDiagrams: Plugin<[], Root> = () => (tree) => {
  visit(tree, "code", (node: Code, index, parent) => {
    const diagram = diagramOf(node);
    if (!diagram) return;
    const hash = diagramHash(diagram.source);
    const { width, height } = cachedDiagramSize(hash);
    const images: Element[] = diagramThemes.map((theme) => ({
      type: "element",
      tagName: "img",
      properties: {
        className: ["diagram", `diagram-${theme}`],
        src: diagramUrl(hash, theme),
        alt: diagram.alt,
        width,
        height,
        loading: "lazy",
        decoding: "async",
      },
      children: [],
    }));
    replaceFence(
      { parent, index },
      prerendered({
        type: "element",
        tagName: "figure",
        properties: { className: ["diagram-figure"] },
        children: images,
      }),
    );
  });
};
