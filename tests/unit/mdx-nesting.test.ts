import { expect, test } from "vitest";
import { compileBody } from "@/lib/mdx/compile";
import { maxNesting, maxStrayClosers, maxTreeDepth, scanNesting } from "@/lib/mdx/nesting";
import { UnsafeBodyError } from "@/lib/mdx/refuse-unsafe";
import { walkMdx } from "@/lib/mdx/walk-mdx";

const deepLines = `this line's lists, quotes or indentation nests more than ${maxNesting} levels deep; flatten it`;
const deepEmphasis = `emphasis in this paragraph nests more than ${maxTreeDepth} levels deep; flatten it`;
const deepTree = `markup here (tags, lists, links or emphasis) nests more than ${maxTreeDepth} levels deep; flatten it`;

test("a list nested a thousand levels on one line is refused at its file line", () => {
  const walk = walkMdx(`Intro.\n\n${"- ".repeat(1000)}x\n`, 30);
  expect(walk.findings).toEqual([{ line: 32, message: deepLines }]);
});

test("fifty thousand levels are refused the same way, without the parser", () => {
  expect(walkMdx(`${"- ".repeat(50_000)}x\n`).findings).toEqual([{ line: 1, message: deepLines }]);
});

test("as many list levels as the limit allows still pass", () => {
  expect(walkMdx(`${"- ".repeat(maxNesting)}x\n`).findings).toEqual([]);
});

test("nested block quotes count like lists", () => {
  expect(scanNesting(`${">".repeat(maxNesting + 1)} x`)).toEqual({ line: 1, message: deepLines });
});

test("ordered list markers count like bullets", () => {
  expect(scanNesting(`${"1. ".repeat(maxNesting + 1)}x`)).toEqual({ line: 1, message: deepLines });
});

test("a list nested by indentation is refused at the first line past the limit", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- item ${i}`);
  expect(scanNesting(lines.join("\n"))).toEqual({ line: maxNesting + 1, message: deepLines });
});

test("dashes and numbers inside a line's text are not list markers", () => {
  expect(scanNesting(`- ${"-".repeat(200)} 1.5 ${"x-".repeat(100)}`)).toBeUndefined();
});

test("a paragraph holding thousands of open emphasis runs is refused before the parser", () => {
  const body = `Intro.\n\n${"*a ".repeat(4000)}x${" a*".repeat(4000)}\n`;
  expect(walkMdx(body, 10).findings).toEqual([{ line: 12, message: deepEmphasis }]);
});

test("emphasis left open across the lines of one paragraph is counted together", () => {
  const lines = Array.from({ length: maxTreeDepth + 1 }, () => "_open");
  expect(scanNesting(lines.join("\n"))).toEqual({ line: maxTreeDepth + 1, message: deepEmphasis });
});

test("a blank line ends a paragraph and its count of open emphasis", () => {
  const half = "_open ".repeat(maxTreeDepth - 10);
  expect(scanNesting(`${half}\n\n${half}`)).toBeUndefined();
});

test("a paragraph of thousands of closing emphasis runs that never opened is refused before the parser", () => {
  const body = `Intro.\n\n${" a*".repeat(20_000)}\n`;
  expect(walkMdx(body, 10).findings).toEqual([
    {
      line: 12,
      message: `this paragraph closes more than ${maxStrayClosers} runs of * or _ that never opened; split it`,
    },
  ]);
});

test("stray closers are counted per paragraph", () => {
  const some = " a*".repeat(maxStrayClosers - 10);
  expect(scanNesting(`${some}\n\n${some}`)).toBeUndefined();
});

test("emphasis that closes as it goes counts for nothing", () => {
  expect(scanNesting("*a* and **b** ".repeat(5000))).toBeUndefined();
});

test("stars in a code fence are code, not emphasis", () => {
  const code = Array.from({ length: 200 }, (_, i) => `  *p${i} = *q${i};`).join("\n");
  expect(scanNesting(`\`\`\`c\n${code}\n\`\`\`\n`)).toBeUndefined();
});

test("inline tags nested past the limit are refused once parsed, before the recursive visit", () => {
  const walk = walkMdx(`Intro.\n\nSee ${"<sup>".repeat(100)}x${"</sup>".repeat(100)}.\n`);
  expect(walk.findings).toEqual([{ line: 3, message: deepTree }]);
});

test("compiling a body nested too deeply is refused before the parser", async () => {
  await expect(compileBody(`${"> ".repeat(5000)}x\n`)).rejects.toThrow(
    new UnsafeBodyError([{ line: 1, message: deepLines }]).message,
  );
});

test("compiling deeply nested tags is refused on the parsed tree", async () => {
  await expect(compileBody(`${"<sub>".repeat(100)}x${"</sub>".repeat(100)}\n`)).rejects.toThrow(
    new UnsafeBodyError([{ line: 1, message: deepTree }]).message,
  );
});
