import "server-only";
import type { Root } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mdxJsxToMarkdown } from "mdast-util-mdx-jsx";
import { toMarkdown } from "mdast-util-to-markdown";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { allowedHtmlElements, mdxComponentNames } from "@/lib/mdx/server";

/**
 * Writes a Markdown tree as MDX. Every `{`, `}` and `<` in text is escaped wherever it appears, so
 * MDX reads text as text: the only JSX in the output is the elements the tree holds, and there are
 * no expressions; `import` and `export` at the start of a line are escaped so they are not ESM. Code is written as fences and code spans longer than any backtick run inside.
 */
export function serialiseMdx(root: Root): string {
  return toMarkdown(root, {
    extensions: [gfmToMarkdown(), mdxJsxToMarkdown()],
    bullet: "-",
    fences: true,
    resourceLink: true,
    unsafe: [
      { character: "{" },
      { character: "}" },
      { character: "<" },
      // A line starting with `import` or `export` is an ES module statement in MDX.
      { atBreak: true, character: "i", after: "mport\\b" },
      { atBreak: true, character: "e", after: "xport\\b" },
    ],
  });
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const elements = new Set<string>([...mdxComponentNames, ...allowedHtmlElements]);
const forbidden = new Set(["mdxFlowExpression", "mdxTextExpression", "mdxjsEsm", "html"]);

/**
 * Reads MDX the way the site's compiler does and lists what would run or pass through: expressions,
 * ESM, raw HTML, attributes that are not literal strings, and elements we do not render. The
 * importer checks its own output with it, so a gap in the serialiser refuses a page instead of
 * shipping code. Each entry is `line: what`, with the line in the MDX text.
 */
export function executableParts(mdx: string): { line: number; what: string }[] {
  let tree: Root;
  try {
    tree = parser.parse(mdx);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [{ line: e.line ?? 1, what: `does not parse as MDX: ${e.reason ?? e.message}` }];
  }
  const found: { line: number; what: string }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (forbidden.has(node.type)) found.push({ line, what: node.type });
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (!node.name || !elements.has(node.name)) found.push({ line, what: `element <${node.name ?? ""}>` });
      for (const a of node.attributes) {
        if (
          a.type !== "mdxJsxAttribute" ||
          (a.value !== null && a.value !== undefined && typeof a.value !== "string")
        ) {
          found.push({ line, what: `attribute expression on <${node.name ?? ""}>` });
        }
      }
    }
  });
  return found;
}
