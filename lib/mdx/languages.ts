import "server-only";
/**
 * Code fence languages the highlighter loads. Listing them keeps shiki lazy (each grammar is
 * loaded once, on first use) and turns a typo such as `jss` into a content error.
 */
export const codeLanguages = [
  "js",
  "ts",
  "json",
  "bash",
  "yaml",
  "text",
  "dockerfile",
  "sql",
  "http",
  "diff",
  "ini",
  "graphql",
  "nginx",
  "c",
  "cpp",
] as const;

/** Fences that are not highlighted as code: program output and diagrams. */
export const specialFences = ["output", "mermaid"] as const;

export type CodeLanguage = (typeof codeLanguages)[number];

export function isCodeLanguage(lang: string): lang is CodeLanguage {
  return (codeLanguages as readonly string[]).includes(lang);
}
