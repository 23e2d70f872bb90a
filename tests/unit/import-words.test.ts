import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { wordsOf } from "@/lib/import/words";
import { importFixture, importFixturePage } from "./import-helpers";

/** Every fixture page that imports (the bad-input pages are tested elsewhere). */
const pages = readdirSync(importFixture(""), { recursive: true, encoding: "utf8" })
  .filter((f) => /\.(mdx|md)$/.test(f) && !f.startsWith("bad"))
  .sort();

/** The report's block for the question that starts on `line`. */
function reportBlock(report: string, line: number): string {
  const lines = report.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`  L${line}-`));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("    "));
  return lines.slice(start, end === -1 ? undefined : end).join("\n");
}

test("there is a fixture page for every variant", () => {
  expect(pages.length).toBeGreaterThanOrEqual(10);
});

test.each(pages)("every word of every accordion in %s is in the output or in the report", (page) => {
  const result = importFixturePage(page);
  const raw = readFileSync(path.join(importFixture(page)), "utf8").split("\n");
  const lost: string[] = [];
  for (const q of result.questions) {
    const kept = new Set(wordsOf(`${result.files.get(q.file)}\n${reportBlock(result.report, q.line)}`));
    for (const start of [q.line, ...q.attached]) {
      // An attached code example runs from its own opening line to its closing tag.
      const end = start === q.line ? q.endLine : raw.findIndex((l, i) => i >= start - 1 && /<\/Accordion>/.test(l)) + 1;
      const source = raw
        .slice(start - 1, end)
        .join("\n")
        .replace(/<\/?Accordion(Group)?\b|\btitle=/g, " ");
      for (const word of wordsOf(source)) if (!kept.has(word)) lost.push(`${page}:${start}: ${word}`);
    }
  }
  expect([...new Set(lost)]).toEqual([]);
  expect(result.questions.flatMap((q) => q.unaccounted)).toEqual([]);
});
