import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { exportDir } from "./export";

const chunks = path.join(exportDir, "_next", "static");

async function scripts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".js")).map((e) => path.join(e.parentPath, e.name));
}

test("client bundles contain no eval, no new Function and no build-time compiler code", async () => {
  const files = await scripts(chunks);
  expect(files.length).toBeGreaterThan(5);
  const offenders: string[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const [name, pattern] of [
      ["new Function", /new Function\s*\(/],
      ["eval", /(?<![\w$.])eval\s*\(/],
      ["mdx-bundler", /mdx-bundler|bundleMDX|getMDXComponent/],
      ["esbuild", /esbuild/],
      ["shiki", /shiki-themes|createHighlighter/],
      ["mermaid", /mermaid|securityLevel/],
    ] as const) {
      if (pattern.test(text)) offenders.push(`${path.relative(chunks, file)}: ${name}`);
    }
  }
  expect(offenders).toEqual([]);
});
