import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { compileCacheKey, defaultCompileInputs, type CompileInputs } from "./cache-key";
import { refuseDeepBody, refuseUnsafeNodes } from "./refuse-unsafe";
import { remarkCodeBlocks } from "./remark-code-blocks";
import { remarkDiagrams } from "./remark-diagrams";
import { walkMdx } from "./walk-mdx";

/** FOLLOWUP_MDX_CACHE_DIR lets the benchmark time compilation with an empty cache. */
export const mdxCacheDir = () =>
  process.env.FOLLOWUP_MDX_CACHE_DIR ?? path.join(process.cwd(), "node_modules", ".cache", "followup-mdx");

export interface CompileOptions {
  /** The body's diagram sources, when the caller has walked it already; walked here otherwise. */
  diagrams?: readonly string[];
  inputs?: CompileInputs;
}

/**
 * Compiles an already-checked MDX body to the function-body string that `getMDXComponent` runs.
 * Output is cached under a key of the body and everything else that can change it (see
 * cache-key.ts), so an unchanged question compiles once and nothing stale is ever reused.
 * A body the content check would refuse for nesting, expressions, imports or attributes throws
 * an UnsafeBodyError here too, before any code is produced.
 */
export async function compileBody(
  body: string,
  {
    diagrams = walkMdx(body).diagrams.map((diagram) => diagram.source),
    inputs = defaultCompileInputs(),
  }: CompileOptions = {},
): Promise<{ code: string; cached: boolean }> {
  refuseDeepBody(body);
  const file = path.join(mdxCacheDir(), `${compileCacheKey(body, diagrams, inputs)}.js`);
  const hit = await readFile(file, "utf8").catch(() => undefined);
  if (hit !== undefined) return { code: hit, cached: true };
  const guard = refuseUnsafeNodes();
  const { code } = await bundleMDX({
    source: body,
    mdxOptions(options) {
      // GitHub-flavoured Markdown (tables, strikethrough, task lists, autolinks); walk-mdx.ts parses alike.
      options.remarkPlugins = [
        guard.plugin,
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkDiagrams,
        remarkCodeBlocks,
      ];
      // A column's alignment as the `align` attribute, not an inline style the CSP would block.
      options.tableCellAlignToStyle = false;
      return options;
    },
  }).catch((error: unknown) => {
    throw guard.error ?? error;
  });
  await mkdir(mdxCacheDir(), { recursive: true });
  // Write then rename: parallel build workers may compile the same body at once.
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, code);
  await rename(temp, file);
  return { code, cached: false };
}
