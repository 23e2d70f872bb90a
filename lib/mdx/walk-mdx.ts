import "server-only";
import type { Code, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { blockFindings, fenceProblems, nodeProblems } from "./body-rules";
import { parseFenceMeta, type FenceMeta } from "./fence-meta";
import { fenceLanguage } from "./languages";
import { scanNesting, treeNesting } from "./nesting";

/** A code fence as the content tests and checkers see it. */
export interface Fence {
  /** File line of the opening fence. */
  line: number;
  /** The language as the rules name it: an alias such as `javascript` is recorded as `js`. */
  lang: string;
  meta: FenceMeta;
  value: string;
  /** For a `run` fence: the text of the `output` fence right after it. */
  expectedOutput?: string;
}

export interface DiagramSource {
  source: string;
  alt: string;
  /** File line of the diagram's first source line (the line after the opening fence). */
  line: number;
}

export interface Finding {
  line: number;
  message: string;
  /** The field at fault when it is not the body as a whole, such as `Estimate.users`. */
  field?: string;
}

/** Everything the build learns from reading a body once, before compiling it. */
export interface MdxWalk {
  /** Problems in the body; a syntax error is the only one when the body does not parse. */
  findings: Finding[];
  fences: Fence[];
  diagrams: DiagramSource[];
  /** The answer's prose without code blocks, for the search index. */
  plainText: string;
  /** The text of each `###` heading, in order: the answer's sections, for its table of contents. */
  sectionHeadings: string[];
}

interface MdxMessage {
  line?: number;
  reason?: string;
  place?: { line?: number; start?: { line?: number } };
}

/** The same syntax the compiler reads (compile.ts): GitHub-flavoured Markdown inside MDX. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** The one definition of a diagram: a `mermaid` fence, whose source is drawn and alt text shown. */
export function diagramOf(node: Code): { source: string; alt: string } | undefined {
  if (node.lang !== "mermaid") return undefined;
  return { source: node.value, alt: parseFenceMeta(node.meta).alt ?? "" };
}

/**
 * Parses an MDX body once and visits it once, collecting the body checks' findings, the code
 * fences and the diagrams. `bodyLine` is the file line the body starts on, so every line reported
 * is a file line.
 */
export function walkMdx(body: string, bodyLine = 1): MdxWalk {
  const toFileLine = (line: number | undefined) => (line ?? 1) + bodyLine - 1;
  const refused = (line: number | undefined, message: string): MdxWalk => ({
    findings: [{ line: toFileLine(line), message }],
    fences: [],
    diagrams: [],
    plainText: "",
    sectionHeadings: [],
  });
  // Too deep a body is refused before the parser, whose work grows faster than its length.
  const deepLines = scanNesting(body);
  if (deepLines) return refused(deepLines.line, deepLines.message);
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const message = error as MdxMessage;
    const line = message.line ?? message.place?.start?.line ?? message.place?.line;
    // The parser's own "(3:18-3:27)" positions count from the body; the file line replaces them.
    const reason = (message.reason ?? String(error)).replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, "");
    return refused(line, `MDX syntax error: ${reason}`);
  }
  // The visit below recurses, so a tree too deep for it is refused first.
  const deepTree = treeNesting(tree);
  if (deepTree) return refused(deepTree.line, deepTree.message);

  const walk: MdxWalk = { findings: [], fences: [], diagrams: [], plainText: proseOf(tree), sectionHeadings: [] };
  visit(tree, (node, index, parent) => {
    if (node.type === "root") return;
    if (node.type === "heading" && node.depth === 3) walk.sectionHeadings.push(toString(node));
    const line = toFileLine(node.position?.start.line);
    const report = (message: string) => walk.findings.push({ line, message });
    if (node.type !== "code") {
      nodeProblems(node).forEach(report);
      for (const finding of blockFindings(node)) {
        walk.findings.push({ line: toFileLine(finding.line), message: finding.message, field: finding.field });
      }
      return;
    }
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const meta = parseFenceMeta(node.meta);
    fenceProblems(node, meta, next).forEach(report);
    const expectedOutput = meta.run && next?.type === "code" && next.lang === "output" ? next.value : undefined;
    walk.fences.push({ line, lang: fenceLanguage(node.lang ?? ""), meta, value: node.value, expectedOutput });
    const diagram = diagramOf(node);
    if (diagram) walk.diagrams.push({ ...diagram, line: line + 1 });
  });
  return walk;
}

/** A block's words; a table's cells are kept apart so their words do not run together. */
const blockText = (node: RootContent) =>
  node.type === "table"
    ? node.children.flatMap((row) => row.children.map((cell) => toString(cell))).join(" ")
    : toString(node);

function proseOf(tree: Root): string {
  const blocks = tree.children.filter((node) => node.type !== "code");
  return blocks.map(blockText).join(" ").replace(/\s+/g, " ").trim();
}
