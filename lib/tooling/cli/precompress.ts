/**
 * Last step of `npm run build`, after the CSP writer: brotli and gzip copies of out/'s text files,
 * a file at a time per core. The build calls `precompressExport` in its own process; run
 * directly, the file does the same.
 * FOLLOWUP_PRECOMPRESS_CACHE_DIR moves the cache (the benchmark points it at an empty folder).
 */
import os from "node:os";
import path from "node:path";
import { compressionCacheDir } from "../build/compression-cache.mjs";
import { precompressDir } from "../serve/precompress";
import { isMain } from "./is-main";

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function precompressExport(out = path.resolve(process.env.OUT_DIR ?? "out")): Promise<void> {
  const started = performance.now();
  const result = await precompressDir(out, {
    parallel: Math.max(2, os.availableParallelism()),
    cacheDir: compressionCacheDir(),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `precompress: ${result.files} files (${result.compressed} not cached, ${result.duplicates} duplicates), ${mb(result.bytes)} to ${mb(result.brBytes)} brotli, in ${seconds} s`,
  );
}

if (isMain(import.meta.url)) await precompressExport();
