import "server-only";
import type { Element } from "hast";
import type { BlockContent, Root } from "mdast";
import type { Plugin } from "unified";
import { cachedDiagramSize, diagramHash, diagramThemes, diagramUrl } from "@/lib/diagrams/server";
import { prerendered, replaceFences } from "./replace-fences";
import { diagramOf } from "./walk-mdx";

/**
 * One diagram as a figure with an image per theme, sized from the cached SVG. Each image links to
 * its SVG, so a tap opens the diagram full size where the browser's own pinch-zoom works, with no
 * script on the page.
 */
function diagramFigure({ source, alt }: { source: string; alt: string }): BlockContent {
  const hash = diagramHash(source);
  const { width, height } = cachedDiagramSize(hash);
  const links: Element[] = diagramThemes.map((theme) => ({
    type: "element",
    tagName: "a",
    properties: { className: ["diagram-link", `diagram-${theme}`], href: diagramUrl(hash, theme) },
    children: [
      {
        type: "element",
        tagName: "img",
        properties: {
          className: ["diagram", `diagram-${theme}`],
          src: diagramUrl(hash, theme),
          alt,
          width,
          height,
          loading: "lazy",
          decoding: "async",
        },
        children: [],
      },
    ],
  }));
  const hint: Element = {
    type: "element",
    tagName: "figcaption",
    properties: { className: ["diagram-hint"] },
    children: [{ type: "text", value: "Tap the diagram to open it full size." }],
  };
  return prerendered({
    type: "element",
    tagName: "figure",
    properties: { className: ["diagram-figure"] },
    children: [...links, hint],
  });
}

/**
 * Turns `mermaid` fences into images of the prerendered SVGs, one per theme; CSS shows the one
 * that matches. As `<img>`, a diagram can never run script or leak styles into the page, and the
 * browser loads no mermaid code at all.
 */
export const remarkDiagrams: Plugin<[], Root> = () => (tree) =>
  replaceFences(tree, (fence) => {
    const diagram = diagramOf(fence);
    return diagram && diagramFigure(diagram);
  });
