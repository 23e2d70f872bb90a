import { readdirSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";

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
const skipped = new Set(["pre", "code", "kbd", "samp", "script", "style", "template", "noscript", "svg"]);

/** Elements that start a new block of text; inline ones join the text around them. */
const blockTags = new Set(
  "p li dt dd td th tr table caption h1 h2 h3 h4 h5 h6 div section article aside header footer nav ul ol dl figure figcaption blockquote details summary form label button br hr".split(
    " ",
  ),
);

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? node.childNodes : []);

function isHidden(element: Element): boolean {
  return element.attrs.some((a) => a.name === "hidden" || (a.name === "aria-hidden" && a.value === "true"));
}

/** The visible text blocks under `root`, code and hidden elements left out. */
export function visibleBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t\r\n]+/g, " ").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === "#text") current += (child as DefaultTreeAdapterMap["textNode"]).value;
      if (!isElement(child)) continue;
      if (skipped.has(child.tagName) || isHidden(child)) {
        // Code is a word of its own inside a sentence; keep the sentence's two halves apart.
        current += " ";
        continue;
      }
      const block = blockTags.has(child.tagName);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** The first `<main>` in document order, outside templates, as a browser's querySelector finds it. */
function findMain(node: Node): Element | undefined {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === "main") return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/** Every leak in the `<main>` of one HTML page; a page without `<main>` has none to show. */
export function findLeaks(html: string): { hasMain: boolean; leaks: Leak[] } {
  // parse5 is the HTML parser jsdom uses, without building a window for every page.
  const main = findMain(parse(html));
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
