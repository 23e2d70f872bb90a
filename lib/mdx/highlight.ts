import "server-only";
import { createCssVariablesTheme, createHighlighter, type BundledLanguage, type Highlighter } from "shiki";

/**
 * Tokens are coloured by role (keyword, string, ...) through short class names; the colours live
 * in components/mdx/code-block.css for both themes. Classes instead of shiki's inline styles keep pages small and
 * let the Content Security Policy forbid inline styles altogether.
 */
const theme = createCssVariablesTheme({ name: "followup-roles", variablePrefix: "--role-", fontStyle: false });

/** shiki's role variable → our class; the foreground role gets no span at all. */
export const roleClasses: Record<string, string> = {
  "token-keyword": "k",
  "token-string": "s",
  "token-string-expression": "s",
  "token-link": "s",
  "token-comment": "m",
  "token-constant": "c",
  "token-function": "f",
  "token-parameter": "p",
  "token-punctuation": "u",
  "token-inserted": "i",
  "token-deleted": "d",
  "token-changed": "g",
};

let shared: Promise<Highlighter> | undefined;
const loaded = new Set<string>();

/**
 * One highlighter per process. It starts with no grammar; each loads on a fence's first use, so a
 * build pays only for the languages its bank uses, however many shiki offers.
 */
function highlighter(): Promise<Highlighter> {
  shared ??= createHighlighter({ themes: [theme], langs: [] });
  return shared;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function classFor(color: string | undefined): string {
  const role = /^var\(--role-([a-z-]+)\)$/.exec(color ?? "")?.[1];
  return (role && roleClasses[role]) || "";
}

/**
 * The inner HTML of a `<code>` element, for `lang` as a shiki id (languages.ts): escaped text with a `<span class=…>` around each run of
 * same-role tokens. Neighbouring tokens of one role are merged, so a line holds few elements.
 */
export async function highlightToHtml(code: string, lang: string): Promise<string> {
  const h = await highlighter();
  if (lang !== "text" && !loaded.has(lang)) {
    await h.loadLanguage(lang as BundledLanguage);
    loaded.add(lang);
  }
  // No time limit: under load shiki would otherwise give up mid-line and colour the rest of the
  // line as one token, and that output would be cached as if it were right.
  const lines = h.codeToTokensBase(code, { lang: lang as BundledLanguage, theme, tokenizeTimeLimit: 0 });
  return lines
    .map((tokens) => {
      const runs: { cls: string; text: string }[] = [];
      for (const token of tokens) {
        const cls = token.content.trim() === "" ? (runs.at(-1)?.cls ?? "") : classFor(token.color);
        const last = runs.at(-1);
        if (last && last.cls === cls) last.text += token.content;
        else runs.push({ cls, text: token.content });
      }
      return runs
        .map((r) => (r.cls ? `<span class=${r.cls}>${escapeHtml(r.text)}</span>` : escapeHtml(r.text)))
        .join("");
    })
    .join("\n");
}
