import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { JSDOM } from "jsdom";
import { beforeAll, expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileBody } from "@/lib/mdx/compile";

/**
 * One small fence per language imported pages use, each with a word its grammar must colour as
 * a keyword. Written as aliases where authors commonly do, so the aliases are exercised too.
 */
const samples: { fence: string; lang: string; code: string; keyword: string }[] = [
  { fence: "py", lang: "python", code: "def area(side):\n    return side * side", keyword: "def" },
  { fence: "golang", lang: "go", code: "func add(a int, b int) int {\n\treturn a + b\n}", keyword: "func" },
  { fence: "java", lang: "java", code: "public class Counter {\n  private int hits;\n}", keyword: "class" },
  {
    fence: "html",
    lang: "html",
    code: '<p class="hint">Hello</p>\n<script>let shown = true;</script>',
    keyword: "let",
  },
  { fence: "css", lang: "css", code: "@media (max-width: 40rem) {\n  .card { padding: 0; }\n}", keyword: "@media" },
  { fence: "jsx", lang: "jsx", code: "const Badge = () => <span>new</span>;", keyword: "const" },
  { fence: "tsx", lang: "tsx", code: "export const Row = (p: { id: string }) => <li>{p.id}</li>;", keyword: "export" },
  { fence: "rs", lang: "rust", code: "fn double(n: u32) -> u32 {\n    n * 2\n}", keyword: "fn" },
  { fence: "kotlin", lang: "kotlin", code: 'fun greet(name: String) = "hi $name"', keyword: "fun" },
  { fence: "swift", lang: "swift", code: "struct Point {\n  var x: Int\n}", keyword: "struct" },
  { fence: "rb", lang: "ruby", code: "def twice(n)\n  n * 2\nend", keyword: "def" },
  { fence: "php", lang: "php", code: "<?php\nfunction total($items) { return count($items); }", keyword: "function" },
  { fence: "c#", lang: "csharp", code: "public record Order(int Id);\nvar o = new Order(1);", keyword: "new" },
  { fence: "sql", lang: "sql", code: "SELECT id FROM orders WHERE total > 10;", keyword: "SELECT" },
  { fence: "yml", lang: "yaml", code: "services:\n  api:\n    restart: always # keep it up", keyword: "" },
  { fence: "sh", lang: "bash", code: 'for f in *.log; do\n  echo "$f"\ndone', keyword: "for" },
  { fence: "json", lang: "json", code: '{ "retries": 3, "verbose": true }', keyword: "" },
  { fence: "dockerfile", lang: "dockerfile", code: 'FROM node:24-slim\nRUN echo "built"', keyword: "FROM" },
  { fence: "c", lang: "c", code: "int main(void) {\n  return 0;\n}", keyword: "return" },
  { fence: "cpp", lang: "cpp", code: "template <typename T>\nT pick(T a) { return a; }", keyword: "template" },
];

let blocks: Map<string, Element>;

beforeAll(async () => {
  const body = samples.map((s) => `\`\`\`${s.fence}\n${s.code}\n\`\`\``).join("\n\n");
  const { code } = await compileBody(body);
  const html = renderToStaticMarkup(createElement(MdxBody, { code, questionId: "languages" }));
  const figures = new JSDOM(html).window.document.querySelectorAll("figure.code-block");
  blocks = new Map([...figures].map((figure) => [figure.getAttribute("data-lang")!, figure]));
});

test("every sample became a highlighted code block under its language's name", () => {
  expect([...blocks.keys()]).toEqual(samples.map((s) => s.lang));
});

test.each(samples)("a $fence fence is highlighted with role classes", ({ lang }) => {
  const spans = blocks.get(lang)!.querySelectorAll("code span[class]");
  const roles = new Set([...spans].map((span) => span.className));
  expect(roles.size, `${lang}: ${blocks.get(lang)!.querySelector("code")!.innerHTML}`).toBeGreaterThanOrEqual(2);
});

test.each(samples.filter((s) => s.keyword))("in $lang, $keyword is coloured as a keyword", ({ lang, keyword }) => {
  const keywords = [...blocks.get(lang)!.querySelectorAll("code span.k")].map((span) => span.textContent!.trim());
  expect(keywords.join(" ")).toContain(keyword);
});
