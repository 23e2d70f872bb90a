import "server-only";
import type { Code, RootContent } from "mdast";
import { blockProblems, isBlockName } from "@/lib/estimate";
import { allowedHtmlElements, elementAttributes, mdxComponentNames } from "./component-names";
import type { FenceMeta } from "./fence-meta";
import { fenceLanguage, isCodeLanguage, specialFences } from "./languages";

const known = new Set<string>([...mdxComponentNames, ...allowedHtmlElements]);

/**
 * The one expression a body may hold: a comment, `{/* like this *\/}`, whose parsed program has no
 * statements and so compiles to nothing. Every other expression would run at build time.
 */
function isPureComment(node: { data?: { estree?: { body: unknown[]; comments?: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  return program !== undefined && program !== null && program.body.length === 0 && (program.comments ?? []).length > 0;
}

/** What is wrong with one tag's attributes: only the plain string attributes its element takes pass. */
function attributeProblems(
  node: Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>,
  name: string,
): string[] {
  const allowed: readonly string[] = Object.hasOwn(elementAttributes, name)
    ? elementAttributes[name as keyof typeof elementAttributes]
    : [];
  return node.attributes.flatMap((attribute): string[] => {
    if (attribute.type === "mdxJsxExpressionAttribute") return [`<${name}> may not take spread attributes {…}`];
    const at = `attribute ${attribute.name} on <${name}>`;
    if (attribute.name === "style") return [`${at}: style is not allowed; the site's stylesheet does the styling`];
    if (/^on/i.test(attribute.name)) return [`${at}: event handlers are not allowed`];
    if (typeof attribute.value === "object" && attribute.value !== null) {
      return [`${at} must be a quoted string, not an expression {…}`];
    }
    // A block's schema names its unknown attributes itself (blockFindings below).
    if (!allowed.includes(attribute.name) && !isBlockName(name)) {
      return [`${at} is not allowed; ${allowed.length > 0 ? `it takes only ${allowed.join(", ")}` : "it takes none"}`];
    }
    return typeof attribute.value === "string" ? [] : [`${at} needs a quoted string value`];
  });
}

/** What is wrong with one node of a body that is not a code fence, in the order it is reported. */
export function nodeProblems(node: RootContent): string[] {
  const problems: string[] = [];
  if (node.type === "mdxjsEsm") problems.push("import and export statements are not allowed in content");
  if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isPureComment(node)) {
    problems.push("expressions in braces are not allowed in content; write \\{ for a literal brace");
  }
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    const name = node.name ?? "fragment";
    if (!known.has(name)) problems.push(`unknown component <${name}>; use one of ${mdxComponentNames.join(", ")}`);
    if (name === "DeepDive" && !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "title")) {
      problems.push("<DeepDive> needs a title attribute");
    }
    problems.push(...attributeProblems(node, name));
  }
  return problems;
}

/** What is wrong with one code fence, given its parsed meta and the node right after it. */
export function fenceProblems(node: Code, meta: FenceMeta, next: RootContent | undefined): string[] {
  const problems: string[] = [];
  const lang = fenceLanguage(node.lang ?? "");
  if (lang === "") {
    problems.push("code fence needs a language");
  } else if (!isCodeLanguage(lang) && !(specialFences as readonly string[]).includes(lang)) {
    problems.push(
      `unknown code language "${lang}"; use a language shiki highlights (such as js, ts, python, go, bash), text, ${specialFences.join(" or ")}`,
    );
  }
  if (meta.unknown.length > 0) problems.push(`unknown fence option ${meta.unknown.join(" ")}`);
  if (meta.run) {
    if (lang !== "js") problems.push("only js fences can be marked run");
    if (!next || next.type !== "code" || next.lang !== "output") {
      problems.push("a run fence must be followed directly by an output fence with what it prints");
    }
  }
  if (lang === "mermaid") {
    if (!meta.alt) problems.push('a mermaid diagram needs alt text: ```mermaid alt="..."');
    if (/%%\s*\{|^\s*click\s/m.test(node.value)) {
      problems.push("diagrams may not use %%{init}%% directives or click handlers");
    }
    // Mermaid reads settings from a leading `---` block too; like %%{init}%%, it could undo ours.
    const frontmatter = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*---/.exec(node.value)?.[1];
    if (frontmatter !== undefined && /^\s*config\s*:/m.test(frontmatter)) {
      problems.push("a diagram may not set config in its frontmatter; the site decides how diagrams are drawn");
    }
  }
  return problems;
}

type JsxNode = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;

/** A problem with one attribute of a block, reported as `Estimate.users` rather than `body`. */
export interface BlockFinding {
  field: string;
  /** Line within the body of the attribute at fault, or of the tag when the attribute is missing. */
  line: number | undefined;
  message: string;
}

/**
 * The `<Estimate>` and `<Availability>` checks: the plain string attributes go through the block's
 * schema; spreads, expressions, styles and handlers are already refused by attributeProblems.
 */
export function blockFindings(node: RootContent): BlockFinding[] {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return [];
  const name = node.name ?? "";
  if (!isBlockName(name)) return [];
  const attributes: Record<string, string> = {};
  const lines = new Map<string, number | undefined>();
  // Attributes attributeProblems already refused are not reported a second time as missing.
  const refused = new Set<string>();
  for (const attribute of (node as JsxNode).attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    if (typeof attribute.value !== "string" || attribute.name === "style" || /^on/i.test(attribute.name)) {
      refused.add(attribute.name);
      continue;
    }
    attributes[attribute.name] = attribute.value;
    lines.set(attribute.name, attribute.position?.start.line);
  }
  const problems = blockProblems(name, attributes).filter(({ attribute }) => !refused.has(attribute));
  return problems.map(({ attribute, message }) => ({
    field: `${name}.${attribute}`,
    line: lines.get(attribute) ?? node.position?.start.line,
    message,
  }));
}
