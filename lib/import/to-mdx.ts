import "server-only";
import { append } from "./append";
import type { Code, Heading, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { calloutNames } from "./blocks";
import { ImportError } from "./errors";
import { eachLineWithFences, importedFenceLanguage } from "./fences";
import { readTag } from "./html-tags";
import { parseMarkdown } from "./markdown-tree";
import { resolveInlineTags, type PhrasingContext } from "./phrasing-tags";
import { executableParts, serialiseMdx } from "./safe-mdx";
import type { Removed, SourceLine, Warning } from "./types";

/**
 * Source callouts mapped onto our registry: `<Note>`, `<Tip>`, `<Info>` and `<Check>` become our
 * `<Note>` (an aside), `<Warning>` and `<Danger>` become `<Pitfall>` (a common mistake).
 */
export const calloutMapping: Record<(typeof calloutNames)[number], "Note" | "Pitfall"> = {
  Note: "Note",
  Tip: "Note",
  Info: "Note",
  Check: "Note",
  Callout: "Note",
  Warning: "Pitfall",
  Danger: "Pitfall",
};

function fenceLine(info: string, title: string, at: SourceLine, removed: Removed[], warnings: Warning[]): string {
  const [rawLang = "", ...metaParts] = info.split(/\s+/);
  const meta = metaParts.join(" ");
  const { lang, warning, renamed } = importedFenceLanguage(rawLang);
  if (lang === "mermaid") {
    warnings.push({
      line: at.line,
      message: "diagram: write real alt text (npm run import draws it; npm run diagrams redraws)",
    });
    return `mermaid alt="Diagram for: ${title.replace(/"/g, "'")}"`;
  }
  if (warning) warnings.push({ line: at.line, message: warning });
  if (renamed) removed.push({ line: at.line, text: renamed });
  const fileTitle = /\btitle="[^"]*"/.exec(meta)?.[0];
  const dropped = meta.replace(/\btitle="[^"]*"/, "").trim();
  if (dropped !== "") removed.push({ line: at.line, text: dropped });
  return `${lang}${fileTitle ? ` ${fileTitle}` : ""}`;
}

/** Callouts inside one another; more is not an answer. */
const maxCalloutDepth = 4;
/** Nodes inside one another after parsing (emphasis in links in lists in quotes…). */
const maxTreeDepth = 48;

type Callout = keyof typeof calloutMapping;
type Piece =
  | { kind: "text"; line: SourceLine }
  | { kind: "open"; name: Callout; title?: string; dropped: string[]; selfClosing: boolean; line: number }
  | { kind: "close"; name: Callout; line: number };

const isCallout = (name: string): name is Callout => Object.hasOwn(calloutMapping, name);

/** A line that opens or closes a source callout, split into tag and text pieces; undefined if it does neither. */
function calloutPieces(line: SourceLine): Piece[] | undefined {
  const t = line.text;
  const start = t.search(/\S/);
  const pieces: Piece[] = [];
  let rest = t;
  const tag = start === -1 || t[start] !== "<" ? undefined : readTag(t, start);
  if (tag && !tag.closing && isCallout(tag.name)) {
    const title = tag.attributes.find((a) => a.name === "title")?.value;
    const dropped = tag.attributes.filter((a) => a.name !== "title").map((a) => a.name);
    pieces.push({ kind: "open", name: tag.name, title, dropped, selfClosing: tag.selfClosing, line: line.line });
    rest = t.slice(tag.end);
  } else if (tag && tag.closing && isCallout(tag.name) && t.slice(tag.end).trim() === "") {
    return [{ kind: "close", name: tag.name, line: line.line }];
  }
  const close = /<\/([A-Z][A-Za-z]*)>$/.exec(rest.trimEnd());
  const closing = close && isCallout(close[1]!) ? close[1] : undefined;
  if (pieces.length === 0 && !closing) return undefined;
  const text = closing ? rest.trimEnd().slice(0, -close![0].length) : rest;
  if (text.trim() !== "") pieces.push({ kind: "text", line: { text: text.trim(), line: line.line } });
  if (closing) pieces.push({ kind: "close", name: closing, line: line.line });
  return pieces;
}

/** Throws at the first node nested deeper than maxTreeDepth; checked without recursion. */
function checkTreeDepth(root: Root, ctx: PhrasingContext) {
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxTreeDepth) {
      throw new ImportError(ctx.file, ctx.lineOf(node), "body", `Markdown nested more than ${maxTreeDepth} deep`);
    }
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
}

/** Web, mail and relative addresses; anything else (`javascript:`, `data:`, `vbscript:`) is dropped. */
const safeUrl = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || /^(?:https?|mailto):/i.test(url.trim());

/** A link or image with an unsafe address keeps its words as text; the address is reported. */
function withSafeUrl(node: RootContent, ctx: PhrasingContext): RootContent[] {
  if (!(node.type === "link" || node.type === "image" || node.type === "definition") || safeUrl(node.url))
    return [node];
  ctx.removed.push({ line: ctx.lineOf(node), text: `address ${node.url}` });
  if (node.type === "link") return node.children;
  if (node.type === "image") return [{ type: "text", value: node.alt ?? "" }];
  return [];
}

/** Our shape for one parsed node: `###` as the top heading, known fence languages, no raw HTML. */
function tidy(node: Nodes, ctx: PhrasingContext & { title: string }): void {
  if (node.type === "heading" && node.depth < 3) (node as Heading).depth = 3;
  if (node.type === "code") {
    const line = ctx.lineOf(node);
    const info = [node.lang, node.meta].filter(Boolean).join(" ");
    const fence = fenceLine(info, ctx.title, { text: "", line }, ctx.removed, ctx.warnings);
    const space = fence.indexOf(" ");
    (node as Code).lang = space === -1 ? fence : fence.slice(0, space);
    // A backtick in the info string would stop the line opening a fence.
    (node as Code).meta = space === -1 ? null : fence.slice(space + 1).replace(/`/g, "'");
  }
  if (!("children" in node)) return;
  if (
    node.children.some((c) => (c.type === "link" || c.type === "image" || c.type === "definition") && !safeUrl(c.url))
  ) {
    (node as Parent).children = node.children.flatMap((c) => withSafeUrl(c, ctx));
  }
  if (node.children.some((c) => c.type === "html")) {
    (node as Parent).children = resolveInlineTags(node.children as PhrasingContent[], ctx);
  }
  for (const child of node.children) tidy(child, ctx);
}

/**
 * Turns classified answer lines into an MDX body our loader accepts. The Markdown is parsed as
 * CommonMark and written back as MDX from the tree: callouts become ours, `###` is the top heading
 * level, fences get known languages, and all text is escaped, so nothing in it is read as code.
 */
export function toMdx(
  lines: SourceLine[],
  title: string,
  file: string,
): { mdx: string; removed: Removed[]; warnings: Warning[] } {
  const removed: Removed[] = [];
  const warnings: Warning[] = [];
  const root: Root = { type: "root", children: [] };
  const open: { element: MdxJsxFlowElement; name: Callout; line: number }[] = [];
  let buffer: SourceLine[] = [];
  const container = (): { children: RootContent[] } => open.at(-1)?.element ?? root;
  const flush = () => {
    if (buffer.length === 0) return;
    const lines = buffer;
    buffer = [];
    const lineOf = (node: { position?: { start: { line: number } } }) =>
      lines[(node.position?.start.line ?? 1) - 1]?.line ?? lines[0]!.line;
    const ctx = { file, title, lineOf, removed, warnings };
    const tree = parseMarkdown(lines.map((l) => l.text).join("\n"));
    checkTreeDepth(tree, ctx);
    tidy(tree, ctx);
    append(container().children, tree.children);
  };
  const pieces: Piece[] = [];
  eachLineWithFences(lines, (line, inFence) => {
    append(pieces, (!inFence && calloutPieces(line)) || [{ kind: "text" as const, line }]);
  });
  for (const piece of pieces) {
    if (piece.kind === "text") {
      buffer.push(piece.line);
      continue;
    }
    flush();
    if (piece.kind === "close") {
      if (open.pop() === undefined)
        warnings.push({ line: piece.line, message: `</${piece.name}> closes no callout; dropped` });
      continue;
    }
    const ours = calloutMapping[piece.name];
    if (piece.name !== ours || piece.dropped.length > 0) {
      const attrs = piece.dropped.length > 0 ? ` (attributes dropped: ${piece.dropped.join(" ")})` : "";
      removed.push({ line: piece.line, text: `<${piece.name}> shown as <${ours}>${attrs}` });
    }
    const element: MdxJsxFlowElement = { type: "mdxJsxFlowElement", name: ours, attributes: [], children: [] };
    if (piece.title) {
      const strong: PhrasingContent = { type: "strong", children: [{ type: "text", value: piece.title }] };
      element.children.push({ type: "paragraph", children: [strong] });
    }
    container().children.push(element);
    if (piece.selfClosing) continue;
    if (open.length >= maxCalloutDepth) {
      throw new ImportError(file, piece.line, "body", `callouts nested more than ${maxCalloutDepth} deep`);
    }
    open.push({ element, name: piece.name, line: piece.line });
  }
  flush();
  for (const unclosed of open.reverse()) {
    warnings.push({
      line: unclosed.line,
      message: `<${unclosed.name}> is never closed; closed at the end of the answer`,
    });
  }
  const mdx = root.children.length === 0 ? "" : serialiseMdx(root);
  const unsafe = executableParts(mdx);
  if (unsafe.length > 0) {
    throw new ImportError(
      file,
      lines[0]?.line ?? 1,
      "body",
      `the converted answer would hold ${unsafe[0]!.what} (its line ${unsafe[0]!.line}); not imported`,
    );
  }
  return { mdx, removed, warnings };
}
