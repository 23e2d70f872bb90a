import { expect, test } from "vitest";
import { importPage } from "@/lib/import/import-page";
import { importLimits } from "@/lib/import/limits";

const file = "limits.mdx";
const accordion = (title: string, body: string) => `<Accordion title="${title}">\n${body}\n</Accordion>\n`;
/** A page of two answers, the first starting on line 5; by default both are `body`. */
const page = (body: string, second = body) =>
  `# Limits\n\n## Basics\n${accordion("1. First?", body)}${accordion("2. Second?", second)}`;

function refusal(text: string): string {
  try {
    importPage(text, { file, track: "demo" });
  } catch (error) {
    return (error as Error).message;
  }
  return "imported";
}

test("lists nested past the limit are refused at their line", () => {
  expect(refusal(page(`**Answer:** x\n\n${"- ".repeat(1000)}x`))).toBe(
    `${file}:7: body: lists and quotes nested 1000 levels deep; the importer reads up to ${importLimits.depth}`,
  );
});

test("quotes nested past the limit are refused at their line", () => {
  expect(refusal(page(`**Answer:** x\n\n${"> ".repeat(13)}x`))).toBe(
    `${file}:7: body: lists and quotes nested 13 levels deep; the importer reads up to 12`,
  );
});

test("a very long line outside a fence is refused", () => {
  expect(refusal(page(`**Answer:** ${"[a](".repeat(4000)}`))).toBe(
    `${file}:5: body: line is 16012 characters long outside a code fence; the importer reads lines up to 10000`,
  );
});

test("dense link syntax over the page's budget is refused at the paragraph that passes it", () => {
  const paragraph = "![a](".repeat(190);
  expect(refusal(page(`**Answer:** x\n\n${Array(200).fill(paragraph).join("\n\n")}`))).toBe(
    `${file}:227: body: too much link syntax to read in time: this paragraph takes the page past 20000000 ` +
      `("[" count times length, summed over paragraphs)`,
  );
});

test("an accordion body past the line limit is refused at its first line", () => {
  expect(refusal(page(Array(5001).fill("line").join("\n")))).toBe(
    `${file}:5: body: accordion body is 5001 lines long; the importer reads up to 5000`,
  );
});

test("a page past the accordion limit is refused at the first accordion over it", () => {
  const many = Array.from({ length: 2001 }, (_, i) => accordion(`${i + 1}. Question ${i + 1}?`, "**Answer:** yes."));
  expect(refusal(`# Many\n\n${many.join("")}`)).toBe(
    `${file}:6003: accordion: page holds 2001 accordions; the importer reads up to 2000 per page`,
  );
});

test("an answer nested past the tree limit costs only its accordion, which the report lists", () => {
  const deep = `**Answer:** x\n\n${"*".repeat(200)}a${"*".repeat(200)}`;
  const result = importPage(page(deep, "**Answer:** An ordinary answer."), { file, track: "demo" });
  expect(result.questions.map((q) => q.title)).toEqual(["Second?"]);
  expect(result.warnings).toContainEqual({ line: 7, message: "not imported: body: Markdown nested more than 48 deep" });
  expect(result.report).toContain("warning L7: not imported: body: Markdown nested more than 48 deep");
});

test("a page where no accordion can be imported is refused with the first problem", () => {
  const deep = `**Answer:** ${"*".repeat(200)}a${"*".repeat(200)}`;
  const text = `# Limits\n\n${accordion("1. First?", deep)}${accordion("2. Second?", deep)}`;
  expect(refusal(text)).toBe(`${file}:4: body: Markdown nested more than 48 deep`);
});

test("lists nested past the limit cost only their accordion; the report lists it with its line", () => {
  const result = importPage(page(`**Answer:** x\n\n${"- ".repeat(40)}x`, "**Answer:** An ordinary answer."), {
    file,
    track: "demo",
  });
  expect(result.questions.map((q) => q.title)).toEqual(["Second?"]);
  expect(result.report).toContain(
    "warning L7: not imported: body: lists and quotes nested 40 levels deep; the importer reads up to 12",
  );
});

test("a page whose conversion runs past the time limit stops at the accordion it reached", () => {
  expect(() => importPage(page("**Answer:** fine."), { file, track: "demo", timeLimitMs: 0 })).toThrow(
    `${file}:4: accordion: import stopped here after 0 s; split the page and import the parts`,
  );
});
