import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { beforeAll, expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { loadTrack, type Question } from "@/lib/content/load";
import { compileBody } from "@/lib/mdx/compile";
import { headingIds } from "@/lib/mdx/heading-slug";
import { walkMdx } from "@/lib/mdx/walk-mdx";

let html: string;
let question: Question;

beforeAll(async () => {
  const track = await loadTrack(path.join("tests", "fixtures", "content", "valid-track"));
  question = track.questions[0]!;
  html = renderToStaticMarkup(createElement(MdxBody, { code: question.code, questionId: question.id }));
});

test("code fences are highlighted at build time with role classes", () => {
  expect(html).toContain('<pre class="shiki" tabindex="0"><code>');
  expect(html).toMatch(/<span class=k>const\s*<\/span>/);
});

test("highlighted code carries no inline styles", () => {
  expect(html).not.toContain("style=");
});

test("a fence title becomes the block's caption", () => {
  expect(html).toContain('<span class="code-title">demo.js</span>');
});

test("code blocks are figures, not nested inside another pre", () => {
  expect(html).toMatch(/<figure class="code-block" data-lang="js">/);
  expect(html).not.toMatch(/<pre><figure/);
});

test("Pitfall renders through the registry as a labelled aside", () => {
  expect(html).toMatch(/<aside class="callout callout-pitfall" aria-label="Pitfall">/);
});

test("DeepDive renders as details so find-in-page reaches it", () => {
  expect(html).toMatch(
    /<details class="deep-dive"><summary><span class="callout-label">Deep dive<\/span> More depth<\/summary>/,
  );
});

test("each ### heading carries the id that the question's contents link to", async () => {
  const body = "Intro.\n\n### The `poll` phase\n\nText.\n\n### Why it matters\n\nMore.\n";
  const { code } = await compileBody(body);
  const rendered = renderToStaticMarkup(createElement(MdxBody, { code, questionId: "q1" }));
  const ids = headingIds("q1", walkMdx(body).sectionHeadings);
  expect(ids).toEqual(["q1--the-poll-phase", "q1--why-it-matters"]);
  for (const id of ids) expect(rendered).toContain(`<h3 id="${id}">`);
});

test("two equal ### headings render with the distinct ids the question's contents link to", async () => {
  const body = "### Cost\n\nOne.\n\n### Cost\n\nTwo.\n";
  const { code } = await compileBody(body);
  const rendered = renderToStaticMarkup(createElement(MdxBody, { code, questionId: "q1" }));
  const ids = headingIds("q1", walkMdx(body).sectionHeadings);
  expect(ids).toEqual(["q1--cost", "q1--cost-1"]);
  expect([...rendered.matchAll(/<h3 id="([^"]+)">/g)].map((m) => m[1])).toEqual(ids);
});
