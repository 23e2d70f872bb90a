import { createHighlighter, type Highlighter } from "shiki";
import type { Element } from "hast";
import type { CodeLanguage } from "./languages";

/** Both themes keep every token at WCAG AA contrast (4.5:1) on their own background. */
export const codeThemes = { light: "github-light-default", dark: "github-dark-default" } as const;

let shared: Promise<Highlighter> | undefined;
const loaded = new Set<string>();

/** One highlighter per process; grammars load lazily on first use, never all at once. */
function highlighter(): Promise<Highlighter> {
  shared ??= createHighlighter({ themes: Object.values(codeThemes), langs: [] });
  return shared;
}

/** Returns shiki's `<pre>` element with light colours inline and dark ones as CSS variables. */
export async function highlightToHast(code: string, lang: CodeLanguage): Promise<Element> {
  const h = await highlighter();
  if (!loaded.has(lang)) {
    await h.loadLanguage(lang);
    loaded.add(lang);
  }
  const root = h.codeToHast(code, { lang, themes: codeThemes, defaultColor: "light" });
  const pre = root.children[0];
  if (!pre || pre.type !== "element") throw new Error(`shiki returned no <pre> for ${lang}`);
  return pre;
}
