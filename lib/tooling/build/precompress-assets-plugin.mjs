/**
 * Starts compressing the browser's hashed assets, and the committed diagrams in `public/`, as soon
 * as webpack writes them, into the precompression cache (compression-cache.mjs). Next then
 * spends seconds prerendering pages in one worker while this process mostly waits, so the
 * compression costs the build little time; the precompression step that runs after the CSP
 * writer finds these entries and compresses only the pages. Nothing waits for this work: whatever
 * is not finished when Next exits is simply compressed by that step, and an entry is only ever
 * the compression of the bytes its name hashes, so it cannot be wrong.
 */
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ASSET_QUALITY, compressCached, compressionCacheDir, MIN_BYTES, PAGE_QUALITY } from "./compression-cache.mjs";

/** What the precompression step compresses among the assets and diagrams (see its own filter). */
const assetExtensions = [".js", ".css"];
const publicExtensions = [".svg"];

/**
 * @param {Buffer[]} files
 * @param {number} quality
 * @param {string} cacheDir
 */
async function compressAll(files, quality, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  // One at a time: the thread pool has other work, and prerendering needs the other core.
  for (const raw of files) if (raw.length >= MIN_BYTES) await compressCached(raw, quality, cacheDir);
}

/** @param {string} dir */
async function publicFiles(dir) {
  const names = await readdir(dir, { recursive: true }).catch(() => []);
  const wanted = names.filter((name) => publicExtensions.includes(path.extname(String(name))));
  return Promise.all(wanted.map((name) => readFile(path.join(dir, String(name)))));
}

export class PrecompressAssets {
  /** @param {{ publicDir: string; cacheDir?: string }} options */
  constructor({ publicDir, cacheDir = compressionCacheDir() }) {
    this.publicDir = publicDir;
    this.cacheDir = cacheDir;
    /** The latest warm-up; nothing in the build waits for it (tests do). */
    this.done = Promise.resolve();
  }

  /** @param {import("next/dist/compiled/webpack/webpack").webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.emit.tap(
      "PrecompressAssets",
      (/** @type {import("next/dist/compiled/webpack/webpack").webpack.Compilation} */ compilation) => {
        /** @type {Buffer[]} */
        const assets = [];
        for (const asset of compilation.getAssets()) {
          const name = String(asset.name);
          if (name.startsWith("static/") && assetExtensions.includes(path.extname(name)))
            assets.push(Buffer.from(asset.source.buffer()));
        }
        this.done = compressAll(assets, ASSET_QUALITY, this.cacheDir)
          .then(async () => compressAll(await publicFiles(this.publicDir), PAGE_QUALITY, this.cacheDir))
          .catch(() => {
            // A warm-up only: the precompression step compresses whatever is missing.
          });
      },
    );
  }
}
