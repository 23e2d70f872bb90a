import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { expect, it } from "vitest";
import { brotliQuality } from "@/lib/tooling/build/compression-cache.mjs";
import { precompressDir } from "@/lib/tooling/serve/precompress";

const page = "<p>a paragraph that repeats</p>\n".repeat(100);

async function exportWith(files: Record<string, string>): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), "followup-precompress-"));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(out, name), body);
  await precompressDir(out);
  return out;
}

it("writes a brotli copy that decodes to the file", async () => {
  const out = await exportWith({ "index.html": page });
  expect(brotliDecompressSync(await readFile(path.join(out, "index.html.br"))).toString()).toBe(page);
});

it("writes a gzip copy beside the file", async () => {
  const out = await exportWith({ "index.html": page });
  expect(await readdir(out)).toContain("index.html.gz");
});

it("leaves files too small to gain uncompressed", async () => {
  const out = await exportWith({ "tiny.html": "<p>hi</p>" });
  expect(await readdir(out)).toEqual(["tiny.html"]);
});

it("leaves binary files alone", async () => {
  const out = await exportWith({ "icon.png": page });
  expect(await readdir(out)).toEqual(["icon.png"]);
});

it("does not compress host config files", async () => {
  const out = await exportWith({ "csp.json": JSON.stringify({ "/": page }) });
  expect(await readdir(out)).toEqual(["csp.json"]);
});

it("reuses cached bytes on a second run", async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "followup-precompress-cache-"));
  const out = await exportWith({ "index.html": page });
  await precompressDir(out, { cacheDir });
  const again = await precompressDir(out, { cacheDir });
  expect([again.files, again.compressed]).toEqual([1, 0]);
});

it("leaves a page's server component payload uncompressed", async () => {
  const out = await exportWith({ "index.html": page, "index.txt": page });
  expect((await readdir(out)).filter((name) => name.startsWith("index.txt"))).toEqual(["index.txt"]);
});

it("leaves Next's segment payloads uncompressed", async () => {
  const out = await exportWith({ "__next._tree.txt": page });
  expect(await readdir(out)).toEqual(["__next._tree.txt"]);
});

it("compresses a text file that is not a page payload", async () => {
  const out = await exportWith({ "robots.txt": page });
  expect(await readdir(out)).toContain("robots.txt.br");
});

it("compresses hashed assets under _next/static at brotli's highest quality", () => {
  expect(brotliQuality(path.join("_next", "static", "chunks", "app", "page-1a2b.js"))).toBe(11);
});

it("compresses pages and data files at a faster brotli quality", () => {
  expect([brotliQuality("index.html"), brotliQuality(path.join("practice", "deck.json"))]).toEqual([10, 10]);
});

it("compresses files with the same bytes once", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "followup-precompress-"));
  for (const name of ["a.html", "b.html"]) await writeFile(path.join(out, name), page);
  const result = await precompressDir(out);
  expect([result.files, result.compressed, result.duplicates]).toEqual([2, 1, 1]);
});
