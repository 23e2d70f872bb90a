import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { loadTrack, type LoadedTrack } from "@/lib/content/load";
import type { ImportResult } from "@/lib/import/import-page";
import { bodyOf, executable, importFixturePage, questionFile } from "./import-helpers";

// Each payload in the fixture would write one of these files (relative to the working folder) if it ran.
const sentinels = ["a", "b", "c", "d", "e", "f"].map((x) => `import-sentinel-${x}.txt`);

let result: ImportResult;
let dir: string;
let track: LoadedTrack;

beforeAll(async () => {
  result = importFixturePage("hostile/page.mdx");
  dir = await mkdtemp(path.join(os.tmpdir(), "import-hostile-"));
  for (const [file, text] of result.files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  track = await loadTrack(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("no imported body holds an expression, ESM, raw HTML or an attribute expression", () => {
  const bodies = result.questions.map((q) => bodyOf(result.files.get(q.file)!));
  expect(bodies).toHaveLength(10);
  for (const body of bodies) expect(executable(body)).toEqual([]);
});

test("the imported track passes the content check and rendering it runs no payload", () => {
  expect(track.questions).toHaveLength(10);
  const html = track.questions
    .map((q) => renderToStaticMarkup(createElement(MdxBody, { code: q.code, questionId: q.id })))
    .join("\n");
  for (const file of sentinels) expect(existsSync(file)).toBe(false);
  expect(html).toContain("writeFileSync(&#x27;import-sentinel-d.txt&#x27;, &#x27;ran&#x27;)");
  expect(html).not.toContain("<script>");
});

test("an export line at the start of a paragraph stays prose", () => {
  const { text } = questionFile(result, "Can a module statement sneak in?");
  expect(bodyOf(text)).toContain("&#x65;xport const ran = process.getBuiltinModule('fs')");
});

test("a kbd keeps its text but none of its attributes, and the report lists them", () => {
  const { report, text } = questionFile(result, "What about styles and handlers on a kept element?");
  expect(bodyOf(text)).toContain("Hold <kbd>Shift</kbd> and use \\<sup data-n=\\{");
  expect(report.removed).toContainEqual({
    line: 40,
    text: 'attributes of <kbd>: style="color:red" onClick="alert(1)"',
  });
});

test("an unclosed Note is closed at the end of the answer and an unclosed kbd stays text, both reported", () => {
  const { report, text } = questionFile(result, "What if a callout is never closed?");
  expect(bodyOf(text)).toContain(
    "<Note>\n  An aside that runs to the end, with <kbd>Esc</kbd> and an open \\<kbd>Tab key.\n</Note>",
  );
  expect(report.warnings).toEqual([
    { line: 46, message: "<Note> is never closed; closed at the end of the answer" },
    { line: 47, message: "<kbd> is never closed; kept as text" },
  ]);
});

test("a stray closing tag stays text and a comment is removed, both reported", () => {
  const { report } = questionFile(result, 'What does "use strict" change in a module?');
  expect(report.warnings).toEqual([{ line: 51, message: "</kbd> closes no open <kbd>; kept as text" }]);
  expect(report.removed).toContainEqual({ line: 51, text: "comment <!-- comment -->" });
});

test("a double-quoted title with quotes inside keeps every word", () => {
  expect(result.questions.map((q) => q.title)).toContain('When is "this" undefined inside a plain function call?');
});

test("a link or image whose address is not web, mail or relative keeps its words and loses the address", () => {
  const { report, text } = questionFile(result, "What happens to a link that runs script?");
  expect(bodyOf(text)).toContain(
    "A script link keeps its words, and so does a drawing, but neither keeps its address. A [normal link](https://example.com/docs) stays.",
  );
  expect(report.removed).toEqual(
    expect.arrayContaining([
      { line: 59, text: "address javascript:globalThis.ran=1" },
      { line: 59, text: "address data:image/svg+xml,hello" },
    ]),
  );
});
