import "server-only";
import type { Code, RootContent } from "mdast";
import { allowedHtmlElements, mdxComponentNames } from "./component-names";
import type { FenceMeta } from "./fence-meta";
import { fenceLanguage, isCodeLanguage, specialFences } from "./languages";

const known = new Set<string>([...mdxComponentNames, ...allowedHtmlElements]);

/** What is wrong with one node of a body that is not a code fence, in the order it is reported. */
export function nodeProblems(node: RootContent): string[] {
  const problems: string[] = [];
  if (node.type === "mdxjsEsm") problems.push("import and export statements are not allowed in content");
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    const name = node.name ?? "fragment";
    if (!known.has(name)) problems.push(`unknown component <${name}>; use one of ${mdxComponentNames.join(", ")}`);
    if (name === "DeepDive" && !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "title")) {
      problems.push("<DeepDive> needs a title attribute");
    }
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
  }
  return problems;
}
