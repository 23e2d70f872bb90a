import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { listCodeFences } from "@/lib/content/code-fences";
import { defaultTrackDir } from "@/lib/content/load";
import { diagramHash, diagramThemes } from "@/lib/diagrams/cache";

const committed = path.join(process.cwd(), "public", "diagrams");

test("every diagram in the content has a light and a dark SVG in the committed cache", async () => {
  const fences = (await listCodeFences(defaultTrackDir())).filter((f) => f.lang === "mermaid");
  const files = new Set(await readdir(committed));
  const missing = fences
    .filter((f) => diagramThemes.some((t) => !files.has(`${diagramHash(f.code)}-${t}.svg`)))
    .map((f) => `${f.file}:${f.line} (run npm run diagrams)`);
  expect(missing).toEqual([]);
});

test("the cache holds no SVG that no diagram uses", async () => {
  const fences = (await listCodeFences(defaultTrackDir())).filter((f) => f.lang === "mermaid");
  const wanted = new Set(fences.flatMap((f) => diagramThemes.map((t) => `${diagramHash(f.code)}-${t}.svg`)));
  const stale = (await readdir(committed)).filter((name) => !wanted.has(name));
  expect(stale).toEqual([]);
});

test("the track has at least 6 diagrams", async () => {
  const fences = (await listCodeFences(defaultTrackDir())).filter((f) => f.lang === "mermaid");
  expect(fences.length).toBeGreaterThanOrEqual(6);
});
