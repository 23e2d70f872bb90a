import { readdirSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";

/** One piece of source syntax that reached a reader as text. */
export interface Leak {
  rule: string;
  /** The block of visible text it was found in, shortened. */
  excerpt: string;
}

/**
 * Markup that should have become HTML. Each pattern runs on one block of visible text (a paragraph,
 * a cell, a list item), so a rule cannot match across two unrelated blocks.
 */
const leakRules: { rule: string; pattern: RegExp }[] = [
  { rule: "table rule", pattern: /\|\s*:?-{3,}:?\s*\|/ },
  { rule: "table row", pattern: /(?:^|\s)\|(?:[^|\n]+\|){2,}/ },
  { rule: "bold marker", pattern: /\*\*/ },
  { rule: "emphasised quote", pattern: /\*["“]|["”]\*/ },
  { rule: "link syntax", pattern: /\]\(/ },
  { rule: "heading marker", pattern: /(?:^|\n)\s*#{2,6}\s/ },
  {
    rule: "component tag",
    pattern:
      /<\/?(?:Note|Pitfall|DeepDive|CodeBlock|Accordion|AccordionGroup|Tip|Info|Warning|Danger|Check|Callout|Steps?|Tabs?|CodeGroup|Cards?|CardGroup|Frame|Expandable)\b/,
  },
  { rule: "MDX comment", pattern: /\{\/\*/ },
];

/** Elements whose text is code, script or otherwise not prose a reader sees as such. */
const skipped = new Set(["PRE", "CODE", "KBD", "SAMP", "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "svg"]);

/** Elements that start a new block of text; inline ones join the text around them. */
const blockTags = new Set(
  "P LI DT DD TD TH TR TABLE CAPTION H1 H2 H3 H4 H5 H6 DIV SECTION ARTICLE ASIDE HEADER FOOTER NAV UL OL DL FIGURE FIGCAPTION BLOCKQUOTE DETAILS SUMMARY FORM LABEL BUTTON BR HR".split(
    " ",
  ),
);

function isHidden(element: Element): boolean {
  return element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true";
}

/** The visible text blocks under `root`, code and hidden elements left out. */
export function visibleBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t\r\n]+/g, " ").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) current += child.textContent ?? "";
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (skipped.has(element.tagName) || isHidden(element)) {
        // Code is a word of its own inside a sentence; keep the sentence's two halves apart.
        current += " ";
        continue;
      }
      const block = blockTags.has(element.tagName);
      if (block) flush();
      walk(element);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Every leak in the `<main>` of one HTML page; a page without `<main>` has none to show. */
export function findLeaks(html: string): { hasMain: boolean; leaks: Leak[] } {
  const main = new JSDOM(html).window.document.querySelector("main");
  if (!main) return { hasMain: false, leaks: [] };
  const leaks: Leak[] = [];
  for (const block of visibleBlocks(main)) {
    for (const { rule, pattern } of leakRules) {
      if (pattern.test(block)) leaks.push({ rule, excerpt: block.length > 120 ? `${block.slice(0, 117)}...` : block });
    }
  }
  return { hasMain: true, leaks };
}

/** Every `.html` file under `dir`, as paths relative to it, sorted. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}
