import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { renderVersion } from "../diagrams/cache";
import { highlightVersion } from "./highlight";
import { remarkCodeBlocks } from "./remark-code-blocks";
import { remarkDiagrams } from "./remark-diagrams";

/** Bump when the plugin list or its output changes, so stale cache entries are not reused. */
const pipelineVersion = "compile-v3";
/** FOLLOWUP_MDX_CACHE_DIR lets the benchmark time compilation with an empty cache. */
export const mdxCacheDir = () =>
  process.env.FOLLOWUP_MDX_CACHE_DIR ?? path.join(process.cwd(), "node_modules", ".cache", "followup-mdx");

function cacheKey(body: string): string {
  const salt = JSON.stringify([pipelineVersion, renderVersion, highlightVersion]);
  return createHash("sha256").update(salt).update("\0").update(body).digest("hex");
}

/**
 * Compiles an already-checked MDX body to the function-body string that `getMDXComponent` runs.
 * Output is cached by a hash of its input, so an unchanged question compiles once.
 */
export async function compileBody(body: string): Promise<{ code: string; cached: boolean }> {
  const file = path.join(mdxCacheDir(), `${cacheKey(body)}.js`);
  const hit = await readFile(file, "utf8").catch(() => undefined);
  if (hit !== undefined) return { code: hit, cached: true };
  const { code } = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkDiagrams, remarkCodeBlocks];
      return options;
    },
  });
  await mkdir(mdxCacheDir(), { recursive: true });
  // Write then rename: parallel build workers may compile the same body at once.
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, code);
  await rename(temp, file);
  return { code, cached: false };
}
