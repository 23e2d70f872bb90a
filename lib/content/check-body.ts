import "server-only";
import type { Code, Root, RootContent } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { allowedHtmlElements, mdxComponentNames } from "../mdx/component-names";
import { parseFenceMeta } from "../mdx/fence-meta";
import { codeLanguages, isCodeLanguage, specialFences } from "../mdx/languages";
import type { ContentError } from "./errors";

export interface DiagramSource {
  source: string;
  alt: string;
  /** File line of the diagram's first source line (the line after the opening fence). */
  line: number;
}

export interface BodyCheck {
  errors: ContentError[];
  diagrams: DiagramSource[];
  /** The answer's prose without code blocks, for the search index. */
  plainText: string;
}

interface MdxMessage {
  line?: number;
  reason?: string;
  place?: { line?: number; start?: { line?: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx);
const known = new Set<string>([...mdxComponentNames, ...allowedHtmlElements]);

/** Checks an MDX body without compiling it: syntax, components, fences and diagrams. */
export function checkBody(body: string, file: string, bodyLine: number): BodyCheck {
  const toFileLine = (line: number | undefined) => (line ?? 1) + bodyLine - 1;
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const message = error as MdxMessage;
    const line = message.line ?? message.place?.start?.line ?? message.place?.line;
    // The parser's own "(3:18-3:27)" positions count from the body; the file line replaces them.
    const reason = (message.reason ?? String(error)).replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, "");
    const problem = { file, line: toFileLine(line), field: "body", message: `MDX syntax error: ${reason}` };
    return { errors: [problem], diagrams: [], plainText: "" };
  }

  const errors: ContentError[] = [];
  const diagrams: DiagramSource[] = [];
  const report = (node: RootContent, message: string) =>
    errors.push({ file, line: toFileLine(node.position?.start.line), field: "body", message });

  visit(tree, (node, index, parent) => {
    if (node.type === "mdxjsEsm") report(node, "import and export statements are not allowed in content");
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name ?? "fragment";
      if (!known.has(name)) {
        report(node, `unknown component <${name}>; use one of ${mdxComponentNames.join(", ")}`);
      }
      if (name === "DeepDive" && !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "title")) {
        report(node, "<DeepDive> needs a title attribute");
      }
    }
    if (node.type !== "code") return;
    const lang = node.lang ?? "";
    const meta = parseFenceMeta(node.meta);
    if (lang === "") {
      report(node, "code fence needs a language");
    } else if (!isCodeLanguage(lang) && !(specialFences as readonly string[]).includes(lang)) {
      report(node, `unknown code language "${lang}"; use one of ${[...codeLanguages, ...specialFences].join(", ")}`);
    }
    if (meta.unknown.length > 0) report(node, `unknown fence option ${meta.unknown.join(" ")}`);
    if (meta.run) {
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      if (lang !== "js") report(node, "only js fences can be marked run");
      if (!next || next.type !== "code" || next.lang !== "output") {
        report(node, "a run fence must be followed directly by an output fence with what it prints");
      }
    }
    if (lang === "mermaid") {
      if (!meta.alt) report(node, 'a mermaid diagram needs alt text: ```mermaid alt="..."');
      if (/%%\s*\{|^\s*click\s/m.test(node.value)) {
        report(node, "diagrams may not use %%{init}%% directives or click handlers");
      }
      diagrams.push({ source: node.value, alt: meta.alt ?? "", line: toFileLine((node as Code).position?.start.line) + 1 });
    }
  });
  return { errors, diagrams, plainText: proseOf(tree) };
}

function proseOf(tree: Root): string {
  const blocks = tree.children.filter((node) => node.type !== "code");
  return blocks.map((node) => toString(node)).join(" ").replace(/\s+/g, " ").trim();
}
