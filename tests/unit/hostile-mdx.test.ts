import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ContentErrorList } from "@/lib/content/errors";
import { loadTrack } from "@/lib/content/load";
import { parseQuestionFile } from "@/lib/content/parse";
import { compileBody } from "@/lib/mdx/compile";
import { UnsafeBodyError } from "@/lib/mdx/refuse-unsafe";

// Each payload writes the file named by __SENTINEL__ if it ever runs. The test copies the fixture
// track to a temporary folder with every placeholder replaced by an absolute path of its own.
const fixture = path.join("tests", "fixtures", "hostile-mdx");
let temp: string;
let track: string;
let sentinels: string;
const file = (name: string) => path.join(track, "01-basics", `${name}.mdx`);

async function bodyOf(name: string): Promise<string> {
  const parsed = parseQuestionFile(await readFile(file(name), "utf8"), file(name));
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value.body;
}

/** Compiles a body and, should that succeed, renders it as the build does; returns what was thrown. */
async function buildBody(body: string): Promise<unknown> {
  try {
    const { code } = await compileBody(body);
    renderToStaticMarkup(createElement(getMDXComponent(code)));
  } catch (error) {
    return error;
  }
  return undefined;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "followup-hostile-"));
  track = path.join(temp, "track");
  sentinels = path.join(temp, "sentinels");
  await cp(fixture, track, { recursive: true });
  // The folder exists, so a payload that ran would succeed in writing its file.
  await mkdir(sentinels);
  for (const name of await readdir(path.join(track, "01-basics"))) {
    const text = await readFile(path.join(track, "01-basics", name), "utf8");
    const sentinel = path.join(sentinels, name.replace(/\.mdx$/, ""));
    await writeFile(path.join(track, "01-basics", name), text.replaceAll("__SENTINEL__", sentinel));
  }
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const expression = "expressions in braces are not allowed in content; write \\{ for a literal brace";

/** Every hostile question and what the check says about its one body line (file line 22). */
const refusals: Record<string, string[]> = {
  "backtick-in-attribute": [
    "attribute data-x on <kbd> must be a quoted string, not an expression {…}",
    "attribute data-y on <kbd> is not allowed; it takes only title",
  ],
  "comment-around-code": [expression],
  "deep-list": ["this line's lists, quotes or indentation nests more than 32 levels deep; flatten it"],
  "escaped-backtick": [expression],
  "event-handler": ["attribute onClick on <kbd>: event handlers are not allowed"],
  "export-statement": ["import and export statements are not allowed in content"],
  "expression-title": ["attribute title on <DeepDive> must be a quoted string, not an expression {…}"],
  "flow-expression": [expression],
  "import-statement": ["import and export statements are not allowed in content"],
  "inner-html": [expression],
  "spread-attribute": ["<Note> may not take spread attributes {…}"],
  "style-attribute": ["attribute style on <kbd>: style is not allowed; the site's stylesheet does the styling"],
  "unequal-backticks": [expression],
};

test("the content check refuses every payload, each at its file line, all listed at once", async () => {
  const error = await loadTrack(track).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ContentErrorList);
  const expected = Object.entries(refusals).flatMap(([name, messages]) =>
    messages.map((message) => `${path.relative(process.cwd(), file(name))}:22: body: ${message}`),
  );
  expect((error as ContentErrorList).message.split("\n").slice(1).sort()).toEqual(expected.sort());
});

for (const [name, messages] of Object.entries(refusals)) {
  test(`compiling the ${name} payload without the content check is refused too`, async () => {
    const error = await buildBody(await bodyOf(name));
    expect(error).toBeInstanceOf(UnsafeBodyError);
    const lines = messages.map((message) => `line 1: ${message}`);
    expect((error as Error).message).toBe(["refusing to compile an unsafe body:", ...lines].join("\n"));
  });
}

test("a body that is only a comment in braces compiles, and the comment leaves nothing behind", async () => {
  const { code } = await compileBody(await bodyOf("pure-comment"));
  expect(code).toContain("Plain words stay.");
  expect(code).not.toContain("reviewer");
});

test("no payload wrote its sentinel file", async () => {
  expect(await readdir(sentinels)).toEqual([]);
});

test("the payloads are live: run as JavaScript, a payload's expression writes its sentinel", async () => {
  const live = path.join(temp, "live");
  const source = (await bodyOf("flow-expression")).trim().slice(1, -1);
  new Function(source.replace(path.join(sentinels, "flow-expression"), live))();
  expect(existsSync(live)).toBe(true);
});
