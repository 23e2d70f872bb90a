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
import { brotliQuality, compressCached, compressionCacheDir, MIN_BYTES } from "./compression-cache.mjs";

/** What the precompression step compresses among the assets and diagrams (see its own filter). */
const assetExtensions = [".js", ".css"];
const publicExtensions = [".svg"];

/** @typedef {{ rel: string; raw: Buffer }} ExportFile a file's bytes and its path in the export */

/**
 * Compresses at the quality the precompression step will ask for (brotliQuality), so it finds them.
 * @param {ExportFile[]} files
 * @param {string} cacheDir
 */
async function compressAll(files, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  // One at a time: the thread pool has other work, and prerendering needs the other core.
  for (const { rel, raw } of files)
    if (raw.length >= MIN_BYTES) await compressCached(raw, brotliQuality(rel), cacheDir);
}

/**
 * `public/`'s files are exported at the root of out/.
 * @param {string} dir
 * @returns {Promise<ExportFile[]>}
 */
async function publicFiles(dir) {
  const names = (await readdir(dir, { recursive: true }).catch(() => [])).map(String);
  const wanted = names.filter((name) => publicExtensions.includes(path.extname(name)));
  return Promise.all(wanted.map(async (rel) => ({ rel, raw: await readFile(path.join(dir, rel)) })));
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
        /** @type {ExportFile[]} */
        const assets = [];
        for (const asset of compilation.getAssets()) {
          const name = String(asset.name);
          // Webpack's `static/…` is exported as `_next/static/…`.
          if (name.startsWith("static/") && assetExtensions.includes(path.extname(name)))
            assets.push({ rel: path.join("_next", name), raw: Buffer.from(asset.source.buffer()) });
        }
        this.done = compressAll(assets, this.cacheDir)
          .then(async () => compressAll(await publicFiles(this.publicDir), this.cacheDir))
          .catch(() => {
            // A warm-up only: the precompression step compresses whatever is missing.
          });
      },
    );
  }
}
