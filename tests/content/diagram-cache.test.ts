import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { listCodeFences } from "@/lib/content/code-fences";
import { findTrackDirs } from "@/lib/content/find-tracks";
import { defaultTrackDir } from "@/lib/content/load";
import { diagramHash, diagramThemes } from "@/lib/diagrams/cache";
import { findUnsanitisedDiagrams } from "@/lib/diagrams/check-cache";

const committed = path.join(process.cwd(), "public", "diagrams");

/** Every diagram fence of every shipped track: the committed cache serves them all. */
async function shippedDiagrams() {
  const dirs = await findTrackDirs(path.join(process.cwd(), "content"));
  return (await Promise.all(dirs.map((dir) => listCodeFences(dir)))).flat().filter((f) => f.lang === "mermaid");
}

test("every diagram in the content has a light and a dark SVG in the committed cache", async () => {
  const fences = await shippedDiagrams();
  const files = new Set(await readdir(committed));
  const missing = fences
    .filter((f) => diagramThemes.some((t) => !files.has(`${diagramHash(f.value)}-${t}.svg`)))
    .map((f) => `${f.file}:${f.line} (run npm run diagrams)`);
  expect(missing).toEqual([]);
});

test("the cache holds no SVG that no diagram uses", async () => {
  const fences = await shippedDiagrams();
  const wanted = new Set(fences.flatMap((f) => diagramThemes.map((t) => `${diagramHash(f.value)}-${t}.svg`)));
  const stale = (await readdir(committed)).filter((name) => !wanted.has(name));
  expect(stale).toEqual([]);
});

test("the track has at least 6 diagrams", async () => {
  const fences = (await listCodeFences(defaultTrackDir())).filter((f) => f.lang === "mermaid");
  expect(fences.length).toBeGreaterThanOrEqual(6);
});

// That every committed SVG is already sanitised is checked once, by the build's content check
// (lib/tooling/cli/check-content.ts); tests/built/diagram-files.test.ts checks the export ships them unchanged.

test("an SVG that sanitising would change is reported with its file and the command that fixes it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "followup-diagrams-"));
  await writeFile(path.join(dir, "abc-light.svg"), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
  expect(await findUnsanitisedDiagrams(dir)).toEqual([
    `${path.relative(process.cwd(), path.join(dir, "abc-light.svg"))}:1: svg: not sanitised: sanitising it changes it (run npm run diagrams -- --force)`,
  ]);
});
