import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";

export const pluginFixture = (plugin: string, file: string) =>
  path.join(process.cwd(), "tests", "fixtures", "mdx", plugin, file);

/**
 * Runs one remark plugin alone on its fixture `input.mdx` and returns the resulting tree as JSON,
 * without source positions, so the snapshot holds exactly what the plugin produced.
 */
export async function runPluginOnFixture(name: string, plugin: Plugin<[], Root>): Promise<string> {
  const input = await readFile(pluginFixture(name, "input.mdx"), "utf8");
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugin);
  const tree = await processor.run(processor.parse(input));
  return `${JSON.stringify(tree, (key, value: unknown) => (key === "position" ? undefined : value), 2)}\n`;
}
