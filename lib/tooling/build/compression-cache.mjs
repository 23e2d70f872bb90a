/**
 * Brotli and gzip copies of a file's bytes, kept in a folder named by the hash of those bytes and
 * the brotli quality, so a file is compressed once however many builds, names or processes meet
 * it. Plain JavaScript, shared by the precompression step (lib/tooling/serve/precompress.ts) and
 * the webpack plugin that starts on the hashed assets while Next is still prerendering
 * (precompress-assets-plugin.mjs). Entries are written whole or not at all.
 */
import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this many bytes a compressed copy saves less than its own headers cost. */
export const MIN_BYTES = 512;
/** Brotli quality for the long-cached, hashed assets under `_next/static`. */
export const ASSET_QUALITY = 11;
/** Brotli quality for everything else: pages, their data and diagrams. */
export const PAGE_QUALITY = 10;

/**
 * The brotli quality for a file of the export, by its path relative to out/.
 * @param {string} rel
 */
export function brotliQuality(rel) {
  return rel.split(path.sep).join("/").startsWith("_next/static/") ? ASSET_QUALITY : PAGE_QUALITY;
}

/**
 * The cache folder: FOLLOWUP_PRECOMPRESS_CACHE_DIR, or node_modules/.cache/followup-precompress.
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd
 */
export function compressionCacheDir(env = process.env, cwd = process.cwd()) {
  return env.FOLLOWUP_PRECOMPRESS_CACHE_DIR ?? path.join(cwd, "node_modules", ".cache", "followup-precompress");
}

/**
 * A name for these bytes compressed at this quality: the cache's file name, and how duplicates are found.
 * @param {Buffer} raw
 * @param {number} quality
 */
export function compressionKey(raw, quality) {
  return createHash("sha256").update(`br${quality}-gz9\0`).update(raw).digest("hex");
}

/**
 * @param {string} file
 * @param {Buffer} bytes
 */
async function writeWhole(file, bytes) {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

/**
 * Brotli and gzip bytes for `raw`, from the cache when it has them; `fresh` when compressed now.
 * The cache folder must exist.
 * @param {Buffer} raw
 * @param {number} quality
 * @param {string | undefined} cacheDir
 * @param {string} key compressionKey(raw, quality), when the caller has it already
 * @returns {Promise<{ br: Buffer; gz: Buffer; fresh: boolean }>}
 */
export async function compressCached(raw, quality, cacheDir, key = compressionKey(raw, quality)) {
  if (cacheDir) {
    const hit = await Promise.all([
      readFile(path.join(cacheDir, `${key}.br`)),
      readFile(path.join(cacheDir, `${key}.gz`)),
    ]).catch(() => null);
    if (hit) return { br: hit[0], gz: hit[1], fresh: false };
  }
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  if (cacheDir) {
    // gzip first: a reader takes an entry only when both files are there.
    await writeWhole(path.join(cacheDir, `${key}.gz`), gz);
    await writeWhole(path.join(cacheDir, `${key}.br`), br);
  }
  return { br, gz, fresh: true };
}
