import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { runImport } from "@/lib/import/run-import";
import { importFixture, importFixturePage } from "./import-helpers";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "import-errors-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(file: string): Promise<string> {
  const out = path.join(dir, "out");
  const error = await runImport(file, "demo", out).then(
    () => new Error("imported without error"),
    (e: Error) => e,
  );
  // Nothing is left behind: no output folder and no temporary folder beside it.
  expect(await readdir(dir)).not.toContain("out");
  expect((await readdir(dir)).filter((name) => name.includes("import"))).toEqual([]);
  return error.message;
}

const unclosedWarnings = (name: string) =>
  importFixturePage(`unclosed/${name}`).warnings.filter((w) => w.message.includes("never closed"));
const titles = (name: string) =>
  importFixturePage(`unclosed/${name}`).questions.map((q) => [q.title, q.line, q.endLine]);

test("an unclosed accordion followed by another is closed before it, and both import", () => {
  expect(titles("before-next.mdx")).toEqual([
    ["Why put a queue between two services?", 4, 7],
    ["What does an acknowledgement tell the broker?", 8, 11],
  ]);
  expect(unclosedWarnings("before-next.mdx")).toEqual([
    { line: 4, message: "<Accordion> at line 4 is never closed; closed before line 8" },
  ]);
});

test("an accordion still open at the end of the page is closed there and imported", () => {
  expect(titles("end-of-page.mdx")).toEqual([
    ["Why log in JSON lines?", 4, 7],
    ["What should a log line never hold?", 9, 11],
  ]);
  expect(unclosedWarnings("end-of-page.mdx")).toEqual([
    { line: 9, message: "<Accordion> at line 9 is never closed; closed at the end of the page" },
  ]);
});

test("an accordion still open at </AccordionGroup> is closed before it, and the next group imports", () => {
  expect(titles("group-end.mdx")).toEqual([
    ["When is a cache worth adding?", 6, 8],
    ["Why set a time to live on every entry?", 14, 17],
  ]);
  expect(unclosedWarnings("group-end.mdx")).toEqual([
    { line: 6, message: "<Accordion> at line 6 is never closed; closed before line 9" },
  ]);
});

test("the warning for an unclosed accordion is in the written report", async () => {
  const out = path.join(dir, "track");
  await runImport(importFixture("unclosed/before-next.mdx"), "demo", out);
  expect(await readFile(path.join(out, "import-report.txt"), "utf8")).toContain(
    "warning L4: <Accordion> at line 4 is never closed; closed before line 8\n",
  );
});

test("a page whose only accordion is unclosed and cannot be imported still fails at file:line", async () => {
  const file = importFixture("bad/nothing-importable.mdx");
  expect(await failure(file)).toBe(
    `${file}:5: body: lists and quotes nested 13 levels deep; the importer reads up to 12`,
  );
});

test("a closing tag with no accordion open costs only its line, and the accordions around it import", () => {
  const page = importFixturePage("unclosed/stray-close.mdx");
  expect(page.warnings.filter((w) => w.message.includes("closes no open"))).toEqual([
    { line: 8, message: "</Accordion> closes no open <Accordion>; line skipped" },
  ]);
  expect(titles("stray-close.mdx").map(([title]) => title)).toEqual([
    "When does a cache make a system slower?",
    "Why give cached entries a lifetime?",
  ]);
});

test("a page holding only a stray closing tag is not an accordion page", async () => {
  const file = importFixture("bad/stray-close.mdx");
  expect(await failure(file)).toMatch(/:1: input: not an accordion page/);
});

test("a page with neither accordions nor ### questions is not an accordion page", async () => {
  const file = importFixture("bad/not-accordion.md");
  expect(await failure(file)).toBe(
    `${file}:1: input: not an accordion page: no <Accordion title="..."> and no "### question" headings`,
  );
});

test("an empty file and a file of blank lines are refused", async () => {
  for (const name of ["bad/empty.mdx", "bad/blank.mdx"]) {
    const file = importFixture(name);
    expect(await failure(file)).toBe(`${file}:1: input: empty file; expected a page of accordions or ### questions`);
  }
});

test("a binary file is refused at the line of its first NUL byte", async () => {
  const file = path.join(dir, "image.mdx");
  await writeFile(file, Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  expect(await failure(file)).toBe(`${file}:2: input: binary file (NUL byte at offset 8); expected a UTF-8 text page`);
});

test("text that is not UTF-8 is refused as binary", async () => {
  const file = path.join(dir, "latin1.mdx");
  await writeFile(file, Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
  expect(await failure(file)).toBe(`${file}:1: input: binary file (not valid UTF-8); expected a UTF-8 text page`);
});

test("a 20 MB file is refused by its size", async () => {
  const file = path.join(dir, "huge.mdx");
  await writeFile(file, "");
  await truncate(file, 20 * 1024 * 1024);
  expect(await failure(file)).toBe(`${file}:1: input: file is 20.0 MB; the importer reads pages up to 5.0 MB`);
});

test("a failed re-import leaves the previous output as it was", async () => {
  const out = path.join(dir, "track");
  await runImport(importFixture("reimport/v1.mdx"), "demo", out);
  const before = await readdir(out, { recursive: true });
  await expect(runImport(importFixture("bad/nothing-importable.mdx"), "demo", out)).rejects.toThrow("nested 13 levels");
  expect(await readdir(out, { recursive: true })).toEqual(before);
  expect(await readdir(dir)).toEqual(["track"]);
});

test("a successful import writes the track, the import map and the report", async () => {
  const out = path.join(dir, "track");
  const result = await runImport(importFixture("accordion-numbered/page.mdx"), "demo", out);
  const files = (await readdir(out, { recursive: true })).sort();
  expect(files).toEqual([
    "01-foundations",
    "01-foundations/demo-how-do-you-choose-a-time.mdx",
    "01-foundations/demo-what-does-a-connection-pool-protect.mdx",
    "01-foundations/demo-why-does-a-slow-synchronous-loop.mdx",
    "02-operations",
    "02-operations/demo-what-belongs-in-a-readiness-check.mdx",
    "import-map.json",
    "import-report.txt",
    "track.json",
  ]);
  expect(await readFile(path.join(out, "import-report.txt"), "utf8")).toBe(result.report);
});
