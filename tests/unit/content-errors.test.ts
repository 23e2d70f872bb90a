import path from "node:path";
import { expect, test } from "vitest";
import { ContentErrorList } from "@/lib/content/errors";
import { loadTrack } from "@/lib/content/load";

const fixture = (name: string) => path.join("tests", "fixtures", "content", name);

async function problems(name: string): Promise<string[]> {
  try {
    await loadTrack(fixture(name));
  } catch (error) {
    if (error instanceof ContentErrorList) return error.message.split("\n").slice(1);
    throw error;
  }
  return [];
}

const at = (name: string, file: string) => `tests/fixtures/content/${name}/01-basics/${file}`;

test("a valid track loads with no problems", async () => {
  const track = await loadTrack(fixture("valid-track"));
  expect(track.questions.map((q) => q.id)).toEqual(["first-question", "second-question"]);
});

test("invalid YAML names the file, the line and the parser's reason", async () => {
  expect(await problems("invalid-yaml")).toEqual([
    `${at("invalid-yaml", "broken.mdx")}:7: frontmatter: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ]);
});

test("a missing field is reported as required", async () => {
  expect(await problems("missing-field")).toEqual([
    `${at("missing-field", "no-red-flag.mdx")}:1: redFlag: required field is missing`,
  ]);
});

test("a wrong type names the field and the expected type", async () => {
  expect(await problems("wrong-type")).toEqual([
    `${at("wrong-type", "order-is-text.mdx")}:5: order: expected number, received string`,
  ]);
});

test("an unknown field points at its own line", async () => {
  expect(await problems("unknown-field")).toEqual([`${at("unknown-field", "typo.mdx")}:21: sumary: unknown field`]);
});

test("an unknown section lists the sections that exist", async () => {
  expect(await problems("unknown-section")).toEqual([
    `${at("unknown-section", "elsewhere.mdx")}:4: section: unknown section "advanced"; track.json lists basics`,
  ]);
});

test("a duplicate id names the file that already uses it", async () => {
  expect(await problems("duplicate-id")).toEqual([
    `${at("duplicate-id", "b.mdx")}:2: id: duplicate id "first-question", already used by ${at("duplicate-id", "a.mdx")}`,
  ]);
});

test("a related id that points nowhere is reported at that list entry", async () => {
  expect(await problems("dangling-related")).toEqual([
    `${at("dangling-related", "links.mdx")}:20: related.0: related id "missing-question" does not exist`,
  ]);
});

test("an MDX syntax error gives the file line, not the body line", async () => {
  expect(await problems("mdx-syntax-error")).toEqual([
    `${at("mdx-syntax-error", "unclosed.mdx")}:24: body: MDX syntax error: Expected a closing tag for \`<Pitfall>\` before the end of \`paragraph\``,
  ]);
});

test("an unknown component lists the registry's components", async () => {
  expect(await problems("unknown-component")).toEqual([
    `${at("unknown-component", "callout.mdx")}:24: body: unknown component <Callout>; use one of Pitfall, Note, DeepDive, Estimate, Availability`,
  ]);
});

test("an unknown code language is rejected", async () => {
  const [line] = await problems("unknown-code-language");
  expect(line).toBe(
    `${at("unknown-code-language", "rusty.mdx")}:24: body: unknown code language "rustish"; use a language shiki highlights (such as js, ts, python, go, bash), text, output or mermaid`,
  );
});

test("a diagram that does not parse points at the broken diagram line", async () => {
  expect(await problems("diagram-does-not-parse")).toEqual([
    `${at("diagram-does-not-parse", "diagram.mdx")}:27: body: diagram does not parse: Parse error on line 4: unexpected EOF`,
  ]);
});

test("a run fence without an output fence is rejected", async () => {
  expect(await problems("run-without-output")).toEqual([
    `${at("run-without-output", "run.mdx")}:24: body: a run fence must be followed directly by an output fence with what it prints`,
  ]);
});

test("every problem in every file is listed at once", async () => {
  expect(await problems("many-problems")).toEqual([
    `${at("many-problems", "one.mdx")}:5: order: expected number, received string`,
    `${at("many-problems", "one.mdx")}:24: body: unknown component <Callout>; use one of Pitfall, Note, DeepDive, Estimate, Availability`,
    `${at("many-problems", "two.mdx")}:2: id: must be kebab-case (a-z, 0-9 and single hyphens)`,
  ]);
});

test("the error list counts its problems in its first line", async () => {
  await expect(loadTrack(fixture("many-problems"))).rejects.toThrow(/^3 content problems:\n/);
});

test("a diagram that tries to loosen mermaid's security is rejected", async () => {
  expect(await problems("diagram-with-directive")).toContainEqual(
    `${at("diagram-with-directive", "loose.mdx")}:24: body: diagrams may not use %%{init}%% directives or click handlers`,
  );
});

const manifest = (name: string) => `tests/fixtures/content/${name}/track.json`;

test("a tag missing from the track's vocabulary is reported at its list entry", async () => {
  expect(await problems("unknown-tag")).toEqual([
    `${at("unknown-tag", "second.mdx")}:7: tags.1: unknown tag "queues"; use one from the tags in track.json`,
  ]);
});

test("an unknown tag that differs from a known one by hyphens or a plural suggests the known one", async () => {
  expect(await problems("near-duplicate-tag")).toEqual([
    `${at("near-duplicate-tag", "second.mdx")}:7: tags.1: unknown tag "eventemitter"; use one from the tags in track.json (did you mean "event-emitter"?)`,
  ]);
});

test("a vocabulary tag used by fewer than two questions is reported at its line in track.json", async () => {
  expect(await problems("under-used-tag")).toEqual([
    `${manifest("under-used-tag")}:19: tags.1: tag "lonely" is used by 1 question; every tag needs at least 2`,
    `${manifest("under-used-tag")}:24: tags.2: tag "unused" is used by 0 questions; every tag needs at least 2`,
  ]);
});

test("a tag listed twice in the vocabulary is reported at the second entry", async () => {
  expect(await problems("duplicate-vocabulary-tag")).toEqual([
    `${manifest("duplicate-vocabulary-tag")}:19: tags.1: duplicate tag "fixture", already listed as tags.0`,
  ]);
});

test("a tag listed twice on one question is reported at the repeat", async () => {
  expect(await problems("tag-listed-twice")).toEqual([
    `${at("tag-listed-twice", "first.mdx")}:7: tags.1: tag "fixture" is listed twice`,
  ]);
});

test("a manifest field problem points at its line in track.json", async () => {
  expect(await problems("tag-without-title")).toEqual([
    `${manifest("tag-without-title")}:18: tags.1.title: Invalid input: expected string, received undefined`,
  ]);
});

test("tag usage is not counted while a question's frontmatter does not parse", async () => {
  expect(await problems("missing-field")).not.toContainEqual(expect.stringContaining("is used by"));
});
