import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { digestDifferences, digestDir } from "@/lib/tooling/bench/out-digest";

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "followup-digest-"));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
  return dir;
}

it("finds no difference between two folders with the same files", async () => {
  const files = { "index.html": "<p>a</p>", "_next/static/chunks/1.js": "x" };
  const [a, b] = [await digestDir(await folderWith(files)), await digestDir(await folderWith(files))];
  expect(digestDifferences(a, b)).toEqual([]);
});

it("names a nested file whose bytes differ", async () => {
  const a = await digestDir(await folderWith({ "_next/static/chunks/1.js": "x" }));
  const b = await digestDir(await folderWith({ "_next/static/chunks/1.js": "y" }));
  expect(digestDifferences(a, b)).toEqual([`${path.join("_next", "static", "chunks", "1.js")}: differs`]);
});

it("names files that only one build wrote", async () => {
  const a = await digestDir(await folderWith({ "a.html": "1" }));
  const b = await digestDir(await folderWith({ "b.html": "1" }));
  expect(digestDifferences(a, b)).toEqual(["a.html: only in the first build", "b.html: only in the second build"]);
});
