import "server-only";
import { bundledLanguagesInfo } from "shiki";

/**
 * Code fence languages: every language in shiki's bundle, by its id or any alias, plus `text`.
 * Only the list of names is read here; a grammar is loaded by highlight.ts the first time a fence
 * uses it, so unused grammars cost neither build time nor bytes. A name shiki does not know (a
 * typo such as `jss`) stays a content error.
 */

/** Our names for a few shiki ids: the short forms the tracks were written with. */
const preferredNames: Record<string, string> = {
  javascript: "js",
  typescript: "ts",
  shellscript: "bash",
  docker: "dockerfile",
};

/** Names authors use that shiki's bundle does not list. */
const extraAliases: Record<string, string> = {
  golang: "go",
  txt: "text",
  plaintext: "text",
  plain: "text",
};

interface LanguageInfo {
  /** The name fences are recorded under: `js`, `python`, `bash`. */
  name: string;
  /** The grammar's id in shiki's bundle, or `text` for plain text. */
  shikiId: string;
  /** shiki's display name: `Python`, `Shell`, `C#`. */
  title: string;
}

/** Fences that are not highlighted as code: program output and diagrams. */
export const specialFences = ["output", "mermaid"] as const;

const known = new Map<string, LanguageInfo>([["text", { name: "text", shikiId: "text", title: "Text" }]]);
for (const info of bundledLanguagesInfo) {
  // A mermaid fence is a diagram (remark-diagrams.ts), never code; its aliases are not diagrams.
  if (info.id === "mermaid") continue;
  const language = { name: preferredNames[info.id] ?? info.id, shikiId: info.id, title: info.name };
  for (const key of [info.id, ...(info.aliases ?? [])]) known.set(key.toLowerCase(), language);
}
for (const [alias, target] of Object.entries(extraAliases)) known.set(alias, known.get(target)!);

/** The language a fence names, whatever alias or case it is written in; undefined when unknown. */
export function codeLanguage(lang: string): LanguageInfo | undefined {
  return known.get(lang.toLowerCase());
}

export function isCodeLanguage(lang: string): boolean {
  return codeLanguage(lang) !== undefined;
}

/**
 * The name the content rules see for a fence: an alias becomes our name (`javascript` → `js`, so
 * the js rules apply to it), anything else is kept as written.
 */
export const fenceLanguage = (lang: string) => codeLanguage(lang)?.name ?? lang;
