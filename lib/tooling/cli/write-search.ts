/**
 * Build step after `next build`: writes the sharded search index (lib/search/shards/) into out/,
 * the head at a fixed path and everything else in a folder named by a hash of its contents. The
 * build calls `writeSearchIndex` in its own process; run directly, the file does the same.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBankCache, contentRoots } from "@/lib/content/server";
import { searchDocs, buildShards } from "@/lib/search/server";
import { inputsHash } from "../build/inputs-hash.mjs";
import { isMain } from "./is-main";

export async function writeSearchIndex(out = path.resolve(process.env.OUT_DIR ?? "out")): Promise<void> {
  const started = performance.now();
  // The bank the content check left for this build when the inputs are still the ones it checked;
  // only without it is the loader (and everything it compiles with) imported.
  const roots = contentRoots();
  const tracks =
    (await readBankCache(roots, inputsHash())) ?? (await (await import("@/lib/content/server")).loadBank(roots));
  const files = buildShards(searchDocs(tracks));
  await rm(path.join(out, "search-index"), { recursive: true, force: true });
  for (const [urlPath, text] of files) {
    const file = path.join(out, urlPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  console.log(`search: ${files.size} index files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (isMain(import.meta.url)) await writeSearchIndex();
