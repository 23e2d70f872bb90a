import { mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { expect, it } from "vitest";
import { compressCached, compressionKey } from "@/lib/tooling/build/compression-cache.mjs";
import { PrecompressAssets } from "@/lib/tooling/build/precompress-assets-plugin.mjs";

const script = Buffer.from("export const answer = () => 'the event loop has phases';\n".repeat(40));
const tempDir = () => mkdtemp(path.join(os.tmpdir(), "followup-compression-"));

it("compresses once and then answers from the cache", async () => {
  const cacheDir = await tempDir();
  const first = await compressCached(script, 11, cacheDir);
  const second = await compressCached(script, 11, cacheDir);
  expect([first.fresh, second.fresh, second.br.equals(first.br)]).toEqual([true, false, true]);
});

it("names an entry by the bytes and the brotli quality", async () => {
  const cacheDir = await tempDir();
  await compressCached(script, 10, cacheDir);
  expect((await readdir(cacheDir)).sort()).toEqual([
    `${compressionKey(script, 10)}.br`,
    `${compressionKey(script, 10)}.gz`,
  ]);
});

it("leaves no partly written entry behind", async () => {
  const cacheDir = await tempDir();
  await Promise.all([compressCached(script, 11, cacheDir), compressCached(script, 11, cacheDir)]);
  expect((await readdir(cacheDir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

/** Runs the plugin's emit hook on a fake compilation and waits for its warm-up to finish. */
async function emitThroughPlugin(assets: Record<string, Buffer>, publicDir: string, cacheDir: string) {
  let emit: ((compilation: unknown) => void) | undefined;
  const compiler = { hooks: { emit: { tap: (_: string, fn: typeof emit) => (emit = fn) } } };
  const plugin = new PrecompressAssets({ publicDir, cacheDir });
  plugin.apply(compiler as never);
  emit!({
    getAssets: () => Object.entries(assets).map(([name, bytes]) => ({ name, source: { buffer: () => bytes } })),
  });
  await plugin.done;
}

it("warms the cache with the hashed assets at asset quality and the public diagrams at page quality", async () => {
  const [publicDir, cacheDir] = [await tempDir(), await tempDir()];
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${"<rect/>".repeat(200)}</svg>`);
  await mkdir(path.join(publicDir, "diagrams"));
  await writeFile(path.join(publicDir, "diagrams", "a-light.svg"), svg);
  await emitThroughPlugin({ "static/chunks/app-1a2b.js": script }, publicDir, cacheDir);
  const entries = await readdir(cacheDir);
  expect([
    entries.includes(`${compressionKey(script, 11)}.br`),
    entries.includes(`${compressionKey(svg, 10)}.br`),
  ]).toEqual([true, true]);
  expect(
    brotliDecompressSync(await readFile(path.join(cacheDir, `${compressionKey(script, 11)}.br`))).equals(script),
  ).toBe(true);
});

it("leaves server bundles and files too small to gain out of the cache", async () => {
  const [publicDir, cacheDir] = [await tempDir(), await tempDir()];
  await emitThroughPlugin(
    { "server/app/page.js": script, "static/chunks/tiny.js": Buffer.from("x") },
    publicDir,
    cacheDir,
  );
  expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
});
