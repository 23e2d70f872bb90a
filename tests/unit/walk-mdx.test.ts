import { expect, test } from "vitest";
import { walkMdx } from "@/lib/mdx/walk-mdx";

const runAndOutput = 'Intro.\n\n```js run title="hello.js"\nconsole.log(1);\n```\n\n```output\n1\n```\n';

test("a fence comes with its file line, language, meta and text", () => {
  const [fence] = walkMdx(runAndOutput, 10).fences;
  expect(fence).toMatchObject({ line: 12, lang: "js", value: "console.log(1);" });
  expect(fence?.meta).toMatchObject({ run: true, title: "hello.js" });
});

test("a run fence carries the output fence after it as its expected output", () => {
  expect(walkMdx(runAndOutput).fences.map((fence) => fence.expectedOutput)).toEqual(["1", undefined]);
});

test("diagrams are found in tilde and indented fences, with the line of their first source line", () => {
  const body = `~~~mermaid alt="X to Y"\nflowchart TD\n  X --> Y\n~~~\n\n  \`\`\`mermaid alt="P to Q"\n  graph LR\n    P --> Q\n  \`\`\`\n`;
  expect(walkMdx(body, 5).diagrams).toEqual([
    { source: "flowchart TD\n  X --> Y", alt: "X to Y", line: 6 },
    { source: "graph LR\n  P --> Q", alt: "P to Q", line: 11 },
  ]);
});

test("body problems are reported at file lines in the order they appear", () => {
  const body = "<Unknown />\n\n```\nno language\n```\n";
  expect(walkMdx(body, 20).findings).toEqual([
    { line: 20, message: "unknown component <Unknown>; use one of Pitfall, Note, DeepDive, Estimate, Availability" },
    { line: 22, message: "code fence needs a language" },
  ]);
});

test("a body that does not parse gives only the syntax error, at its file line", () => {
  const walk = walkMdx("Fine.\n\nA {broken\n", 7);
  expect(walk.findings).toHaveLength(1);
  expect(walk.findings[0]).toMatchObject({ line: 9, message: expect.stringMatching(/^MDX syntax error: /) });
  expect(walk.fences).toEqual([]);
});

test("the plain text leaves code blocks out", () => {
  expect(walkMdx(runAndOutput).plainText).toBe("Intro.");
});

test("section headings are the ### headings as plain text, in order", () => {
  const body = "## Not a section\n\n### The `poll` phase\n\nText.\n\n#### Too deep\n\n### Why it *matters*\n";
  expect(walkMdx(body).sectionHeadings).toEqual(["The poll phase", "Why it matters"]);
});

test("a diagram that sets config in its mermaid frontmatter is refused at its fence", () => {
  const body =
    'Intro.\n\n```mermaid alt="A to B"\n---\nconfig:\n  htmlLabels: true\n---\nflowchart LR\n  A --> B\n```\n';
  expect(walkMdx(body, 10).findings).toEqual([
    { line: 12, message: "a diagram may not set config in its frontmatter; the site decides how diagrams are drawn" },
  ]);
});

test("a diagram whose frontmatter only names it is accepted", () => {
  const body = '```mermaid alt="A to B"\n---\ntitle: Hand-off\n---\nflowchart LR\n  A --> B\n```\n';
  expect(walkMdx(body).findings).toEqual([]);
});
