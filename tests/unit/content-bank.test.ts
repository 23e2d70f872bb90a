import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { contentRoots } from "@/lib/content/content-roots";
import { ContentErrorList } from "@/lib/content/errors";
import { loadBank } from "@/lib/content/load";
import { reservedTrackSlugs } from "@/lib/content/reserved-slugs";

const clash = path.join("tests", "fixtures", "content", "bank-clash");

async function problems(roots: string[]): Promise<string[]> {
  try {
    await loadBank(roots);
  } catch (error) {
    if (error instanceof ContentErrorList) return error.message.split("\n").slice(1);
    throw error;
  }
  return [];
}

test("tracks from several roots load as one bank, each question knowing its track", async () => {
  const tracks = await loadBank([path.join("tests", "fixtures", "content", "valid-track"), "tests/fixtures/tracks"]);
  expect(tracks.map((t) => t.slug)).toEqual(["fixture", "sql"]);
  expect(tracks[1]!.questions.every((q) => q.track === "sql")).toBe(true);
});

test("clashing slugs, reserved slugs and ids used in two tracks are all reported at once, naming both files", async () => {
  expect(await problems([clash])).toEqual([
    `${clash}/three/track.json:2: slug: track slug "practice" is taken by the site's own /practice page`,
    `${clash}/two/01-basics/first.mdx:2: id: duplicate id "first-question", already used by ${clash}/one/01-basics/first.mdx`,
    `${clash}/two/01-basics/second.mdx:2: id: duplicate id "second-question", already used by ${clash}/one/01-basics/second.mdx`,
    `${clash}/two/track.json:2: slug: duplicate track slug "fixture", already used by ${clash}/one/track.json`,
  ]);
});

test("a track's own problems and the bank's are reported together", async () => {
  const broken = path.join("tests", "fixtures", "content", "unknown-section");
  const found = await problems([broken, path.join(clash, "one"), path.join(clash, "two")]);
  expect(found.some((line) => line.startsWith(`${broken}/`))).toBe(true);
  expect(found.some((line) => line.includes("duplicate track slug"))).toBe(true);
});

test("extra content roots come from FOLLOWUP_CONTENT_DIRS, after content/, each once", () => {
  const env = { FOLLOWUP_CONTENT_DIRS: ["extra", "", "content", "/abs/more"].join(path.delimiter) };
  expect(contentRoots(env, "/repo")).toEqual(["/repo/content", "/repo/extra", "/abs/more"]);
});

test("without FOLLOWUP_CONTENT_DIRS only content/ is read", () => {
  expect(contentRoots({}, "/repo")).toEqual(["/repo/content"]);
});

test("every top-level page and public folder is reserved from track slugs", () => {
  const topLevel = [...readdirSync("app", { withFileTypes: true }), ...readdirSync("public", { withFileTypes: true })]
    .filter((entry) => entry.isDirectory() && /^[a-z0-9-]+$/.test(entry.name))
    .map((entry) => entry.name);
  expect(topLevel.filter((name) => !(reservedTrackSlugs as readonly string[]).includes(name))).toEqual([]);
});
