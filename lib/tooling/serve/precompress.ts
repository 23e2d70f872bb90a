/**
 * Writes `<file>.br` (brotli) and `<file>.gz` (gzip, level 9) beside every text file of the export,
 * so the server never compresses while answering. Runs on libuv's thread pool, a few files at a
 * time. Copies that would not be smaller, and files too small to gain, are skipped; files with the
 * same bytes are compressed once. Brotli's slowest setting (quality 11) is kept for the hashed
 * assets under `_next/static`, which browsers cache for a year and every page shares; pages and
 * data files, rewritten by every content change, get quality PAGE_QUALITY, which costs far less
 * time for slightly more bytes (`npm run bench` prints both). Compressed bytes are kept in a cache
 * keyed by the hash of the input (lib/tooling/build/compression-cache.mjs): a rebuild compresses
 * only files whose bytes changed, and the hashed assets are usually compressed already, during
 * Next's prerendering (lib/tooling/build/precompress-assets-plugin.mjs). The React Server Component payloads
 * (`.txt` beside each page) are left out: they serve client-side navigation, and no page here
 * navigates client-side (links are plain anchors), so no browser ever asks for them.
 */
import { lstat, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { brotliQuality, compressCached, compressionKey, MIN_BYTES } from "../build/compression-cache.mjs";
import { hostConfigFiles } from "./security-headers";
import { compressibleExtensions } from "./response-headers";

/** A `.txt` named like Next's segment payloads, or sharing its name with a page's `.html`. */
export function isRscPayload(rel: string, exported: ReadonlySet<string>): boolean {
  if (path.extname(rel) !== ".txt") return false;
  return path.basename(rel).startsWith("__next.") || exported.has(rel.replace(/\.txt$/, ".html"));
}

export interface PrecompressResult {
  files: number;
  compressed: number;
  /** Files whose bytes another file of the export already had. */
  duplicates: number;
  bytes: number;
  brBytes: number;
}

export interface PrecompressOptions {
  /** Files compressed at once. */
  parallel?: number;
  /** Where compressed bytes are kept between builds; none when undefined. */
  cacheDir?: string;
}

export async function precompressDir(out: string, options: PrecompressOptions = {}): Promise<PrecompressResult> {
  const { parallel = 4, cacheDir } = options;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const all = await readdir(out, { recursive: true });
  const exported = new Set(all);
  const candidates = all
    .filter((rel) => compressibleExtensions.includes(path.extname(rel)) && !hostConfigFiles.includes(rel))
    .filter((rel) => !isRscPayload(rel, exported))
    .map((rel) => path.join(out, rel));
  // Files only (no links), largest first, so the last to finish are small and no core waits alone at the end.
  const stats = await Promise.all(candidates.map(async (file) => ({ file, stat: await lstat(file) })));
  const names = stats
    .filter(({ stat }) => stat.isFile())
    .sort((a, b) => b.stat.size - a.stat.size || a.file.localeCompare(b.file))
    .map(({ file }) => file);
  const result: PrecompressResult = { files: 0, compressed: 0, duplicates: 0, bytes: 0, brBytes: 0 };
  // Identical files (the same chunk or diagram under two names) share one compression.
  const byContent = new Map<string, ReturnType<typeof compressCached>>();
  const one = async (file: string) => {
    const raw = await readFile(file);
    if (raw.length < MIN_BYTES) return;
    const quality = brotliQuality(path.relative(out, file));
    const key = compressionKey(raw, quality);
    const shared = byContent.get(key);
    const { br, gz, fresh } = await (shared ??
      byContent.set(key, compressCached(raw, quality, cacheDir, key)).get(key)!);
    if (shared) result.duplicates += 1;
    if (br.length < raw.length) await writeFile(`${file}.br`, br);
    if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
    result.files += 1;
    result.compressed += fresh && !shared ? 1 : 0;
    result.bytes += raw.length;
    result.brBytes += Math.min(br.length, raw.length);
  };
  let next = 0;
  const worker = async () => {
    while (next < names.length) await one(names[next++]!);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  // Entries no file of this export needs are dropped, so the cache holds one build's worth.
  if (cacheDir) {
    for (const name of await readdir(cacheDir))
      if (!byContent.has(name.replace(/\.(br|gz)$/, ""))) await rm(path.join(cacheDir, name), { force: true });
  }
  return result;
}
