import { expect, test } from "vitest";
import type { DiagramTheme } from "@/lib/diagrams/cache";
import { sanitizeSvg, UnsafeSvgError } from "@/lib/diagrams/sanitize-svg";
import { renderEach, type DiagramJob } from "@/lib/tooling/diagrams/render-each";

const jobs: DiagramJob[] = [
  { hash: "aaa", source: "unsafe", where: "content/t/01-s/one.mdx:30" },
  { hash: "bbb", source: "fine", where: "content/t/01-s/two.mdx:40" },
];

/** Records what would be written to the cache. */
function cache() {
  const written: string[] = [];
  return { written, write: async (hash: string, theme: DiagramTheme) => void written.push(`${hash}-${theme}`) };
}

test("a diagram the sanitiser refuses is named with its place, and the next one is still drawn", async () => {
  const { written, write } = cache();
  const render = async (source: string) => {
    if (source === "unsafe") throw new UnsafeSvgError("not well-formed XML: unexpected close tag.");
    return "<svg/>";
  };
  expect(await renderEach(jobs, render, write)).toEqual({
    rendered: ["bbb (content/t/01-s/two.mdx:40)"],
    problems: [
      "content/t/01-s/one.mdx:30: body: diagram refused by the SVG sanitiser: not well-formed XML: unexpected close tag.",
    ],
  });
  expect(written).toEqual(["bbb-light", "bbb-dark"]);
});

test("a diagram refused in its second theme leaves no file of the first in the cache", async () => {
  const { written, write } = cache();
  const render = async (source: string, theme: DiagramTheme) => {
    if (source === "unsafe" && theme === "dark") throw new UnsafeSvgError("refused");
    return "<svg/>";
  };
  await renderEach(jobs, render, write);
  expect(written).toEqual(["bbb-light", "bbb-dark"]);
});

test("an error from mermaid itself is reported by its first line, with the diagram's place", async () => {
  const render = async (source: string) => {
    if (source === "unsafe") throw new Error("page.evaluate: Error: Parse error on line 2:\n...");
    return "<svg/>";
  };
  expect((await renderEach(jobs, render, cache().write)).problems).toEqual([
    "content/t/01-s/one.mdx:30: body: mermaid could not draw this diagram: page.evaluate: Error: Parse error on line 2:",
  ]);
});

test("HTML labels inside foreignObject, as htmlLabels: true draws them, are refused by the real sanitiser", async () => {
  const htmlLabels =
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">a<br>b</div></foreignObject></svg>';
  const outcome = await renderEach(jobs.slice(0, 1), () => sanitizeSvg(htmlLabels), cache().write);
  expect(outcome.problems).toHaveLength(1);
  expect(outcome.problems[0]).toMatch(
    /^content\/t\/01-s\/one\.mdx:30: body: diagram refused by the SVG sanitiser: not well-formed XML: /,
  );
});
