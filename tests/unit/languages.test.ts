import { expect, test } from "vitest";
import { codeLabel } from "@/components/mdx/code-labels";
import { importedFenceLanguage } from "@/lib/import/fences";
import { codeLanguage, fenceLanguage, isCodeLanguage } from "@/lib/mdx/languages";
import { walkMdx } from "@/lib/mdx/walk-mdx";

test.each([
  ["py", "python"],
  ["golang", "go"],
  ["sh", "bash"],
  ["shell", "bash"],
  ["yml", "yaml"],
  ["c#", "csharp"],
  ["cs", "csharp"],
  ["javascript", "js"],
  ["js", "js"],
  ["mjs", "js"],
  ["typescript", "ts"],
  ["ts", "ts"],
  ["docker", "dockerfile"],
  ["C++", "cpp"],
  ["Python", "python"],
  ["plaintext", "text"],
])("the fence language %s is recorded as %s", (written, name) => {
  expect(fenceLanguage(written)).toBe(name);
});

test("every language in shiki's bundle is a code language, by id and by alias", () => {
  for (const lang of [
    "kotlin",
    "kt",
    "swift",
    "ruby",
    "rb",
    "php",
    "rust",
    "rs",
    "jsx",
    "tsx",
    "html",
    "css",
    "java",
  ]) {
    expect(isCodeLanguage(lang), lang).toBe(true);
  }
});

test("a name shiki does not know is not a code language", () => {
  expect(codeLanguage("jss")).toBeUndefined();
  expect(fenceLanguage("jss")).toBe("jss");
});

test("mermaid is a diagram fence, not a code language, under any of its names", () => {
  expect(isCodeLanguage("mermaid")).toBe(false);
  expect(isCodeLanguage("mmd")).toBe(false);
});

test.each([
  ["python", "Python"],
  ["c#", "C#"],
  ["bash", "Shell"],
  ["js", "JavaScript"],
  ["ts", "TypeScript"],
  ["dockerfile", "Dockerfile"],
  ["cpp", "C++"],
  ["nginx", "nginx"],
  ["text", "Text"],
  ["go", "Go"],
])("a %s block is captioned %s", (lang, label) => {
  expect(codeLabel(lang)).toBe(label);
});

test("an alias fence gets the rules of the language it names", () => {
  const walk = walkMdx("```javascript run\nconsole.log(1);\n```\n\n```output\n1\n```");
  expect(walk.findings).toEqual([]);
  expect(walk.fences[0]).toMatchObject({ lang: "js", expectedOutput: "1" });
});

test("an unknown language in our own content is a finding at the fence's line", () => {
  expect(walkMdx("Text.\n\n```jss\nx\n```", 10).findings).toEqual([
    {
      line: 12,
      message:
        'unknown code language "jss"; use a language shiki highlights (such as js, ts, python, go, bash), text, output or mermaid',
    },
  ]);
});

test.each([
  ["py", "python"],
  ["golang", "go"],
  ["C#", "csharp"],
  ["yml", "yaml"],
  ["nodejs", "js"],
  ["terminal", "bash"],
  ["postgresql", "sql"],
  ["output", "text"],
])("an imported %s fence becomes %s, and the report says so", (written, lang) => {
  expect(importedFenceLanguage(written)).toEqual({ lang, renamed: `${written} fence shown as ${lang}` });
});

test.each([
  ["python", "python"],
  ["{.python}", "python"],
  ["Go", "go"],
  ["jsx", "jsx"],
  ["", "text"],
  ["mermaid", "mermaid"],
])("an imported %s fence keeps its language, %s, with nothing to report", (written, lang) => {
  expect(importedFenceLanguage(written)).toEqual({ lang });
});

test("an imported fence in a language nobody knows is text, with a warning", () => {
  expect(importedFenceLanguage("cobolish")).toEqual({
    lang: "text",
    warning: 'code language "cobolish" is not one shiki highlights; shown as text',
  });
});
