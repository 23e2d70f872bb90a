import "server-only";
import { codeLanguage } from "@/lib/mdx/server";
/** An open code fence: its character and length, so only a matching line closes it. */
export interface OpenFence {
  char: "`" | "~";
  length: number;
}

const opener = /^\s*(`{3,}|~{3,})(.*)$/;

export function fenceOpening(text: string): (OpenFence & { info: string }) | undefined {
  const match = opener.exec(text);
  if (!match) return undefined;
  const marks = match[1]!;
  // A backtick fence's info string may not contain backticks (CommonMark), so ``` `x` ``` is inline.
  if (marks[0] === "`" && match[2]!.includes("`")) return undefined;
  return { char: marks[0] as "`" | "~", length: marks.length, info: match[2]!.trim() };
}

export function closesFence(text: string, fence: OpenFence): boolean {
  const match = /^\s*(`{3,}|~{3,})\s*$/.exec(text);
  return !!match && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

/** Calls `visit` with each line and whether it is inside a fence (fence lines themselves count as inside). */
export function eachLineWithFences<T extends { text: string }>(lines: T[], visit: (line: T, inFence: boolean) => void) {
  let open: OpenFence | undefined;
  for (const line of lines) {
    if (open) {
      if (closesFence(line.text, open)) open = undefined;
      visit(line, true);
      continue;
    }
    const opening = fenceOpening(line.text);
    if (opening) open = opening;
    visit(line, !!opening);
  }
}

/**
 * Names source pages use that shiki does not know, mapped onto one it does. Anything shiki knows
 * (`py`, `golang`, `c#`, `yml`, ...) resolves through lib/mdx/languages.ts.
 */
const importAliases: Record<string, string> = {
  node: "js",
  nodejs: "js",
  terminal: "bash",
  postgres: "sql",
  postgresql: "sql",
  mysql: "sql",
  psql: "sql",
  env: "dotenv",
  // A source's "output" is not our checked program output (a run fence's partner): plain text.
  output: "text",
};

/**
 * The language an imported fence is written with: our name for any language shiki highlights
 * (`py` → `python`, reported as `renamed` so the report accounts for the source's word), `mermaid`
 * as it is, and `text` with a warning for a name nothing knows. Braces and a leading dot, as in
 * `{.python}`, are dropped.
 */
export function importedFenceLanguage(rawLang: string): { lang: string; warning?: string; renamed?: string } {
  const lower = rawLang
    .toLowerCase()
    .replace(/^\{?\.?/, "")
    .replace(/\}$/, "");
  if (lower === "" || lower === "mermaid") return { lang: lower === "" ? "text" : lower };
  const language = codeLanguage(importAliases[lower] ?? lower);
  if (!language)
    return { lang: "text", warning: `code language "${rawLang}" is not one shiki highlights; shown as text` };
  return language.name === lower
    ? { lang: language.name }
    : { lang: language.name, renamed: `${rawLang} fence shown as ${language.name}` };
}
