import type { CodeLanguage } from "@/lib/mdx/languages";

/** The name a code block's caption shows when the fence gives no file name. */
export const codeLanguageLabels: Record<CodeLanguage, string> = {
  js: "JavaScript",
  ts: "TypeScript",
  json: "JSON",
  bash: "Shell",
  yaml: "YAML",
  text: "Text",
  dockerfile: "Dockerfile",
  sql: "SQL",
  http: "HTTP",
  diff: "Diff",
  ini: "INI",
  graphql: "GraphQL",
  nginx: "nginx",
  c: "C",
  cpp: "C++",
};

export const codeLabel = (lang: string) => codeLanguageLabels[lang as CodeLanguage] ?? lang;
