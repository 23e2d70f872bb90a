/**
 * Build step after `next build`: writes the sharded search index (lib/search/shards/) into out/,
 * the head at a fixed path and everything else in a folder named by a hash of its contents.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getTracks } from "../../content/load";
import { searchDocs } from "../../search/build-index";
import { buildShards } from "../../search/shards/build";

const out = path.resolve(process.env.OUT_DIR ?? "out");
const started = performance.now();
const files = buildShards(searchDocs(await getTracks()));
await rm(path.join(out, "search-index"), { recursive: true, force: true });
for (const [urlPath, text] of files) {
  const file = path.join(out, urlPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
console.log(`search: ${files.size} index files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
