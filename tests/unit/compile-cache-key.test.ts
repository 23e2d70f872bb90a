import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { diagramHash, type DiagramTheme } from "@/lib/diagrams/cache";
import { compileCacheKey, defaultCompileInputs, type CompileInputs } from "@/lib/mdx/cache-key";
import { installedVersion, lockedVersions } from "@/lib/installed-packages";

const diagramSource = "flowchart LR\n  A --> B";
const body = `Some prose.\n\n\`\`\`mermaid alt="A to B"\n${diagramSource}\n\`\`\`\n`;

const inputs = (over: Partial<CompileInputs> = {}): CompileInputs => ({
  packages: new Map([
    ["node_modules/shiki", "4.6.0"],
    ["node_modules/mdx-bundler", "10.1.1"],
  ]),
  sources: new Map([["lib/mdx/remark-code-blocks.ts", "export const plugin = 1;"]]),
  readDiagram: (hash: string, theme: DiagramTheme) => `<svg id="${hash}-${theme}" viewBox="0 0 120 40"></svg>`,
  ...over,
});

test("the same body and inputs give the same key", () => {
  expect(compileCacheKey(body, [diagramSource], inputs())).toBe(compileCacheKey(body, [diagramSource], inputs()));
});

test("a changed plugin source changes the key", () => {
  const edited = inputs({ sources: new Map([["lib/mdx/remark-code-blocks.ts", "export const plugin = 2;"]]) });
  expect(compileCacheKey(body, [diagramSource], edited)).not.toBe(compileCacheKey(body, [diagramSource], inputs()));
});

test("a changed package version changes the key", () => {
  const upgraded = inputs({
    packages: new Map([
      ["node_modules/shiki", "4.7.0"],
      ["node_modules/mdx-bundler", "10.1.1"],
    ]),
  });
  expect(compileCacheKey(body, [diagramSource], upgraded)).not.toBe(compileCacheKey(body, [diagramSource], inputs()));
});

test("a re-rendered diagram SVG changes the key of a body that shows it", () => {
  const rerendered = inputs({ readDiagram: () => '<svg viewBox="0 0 300 90"></svg>' });
  expect(compileCacheKey(body, [diagramSource], rerendered)).not.toBe(compileCacheKey(body, [diagramSource], inputs()));
});

test("a diagram leaving the cache changes the key", () => {
  expect(compileCacheKey(body, [diagramSource], inputs({ readDiagram: () => undefined }))).not.toBe(
    compileCacheKey(body, [diagramSource], inputs()),
  );
});

test("diagram SVGs do not change the key of a body without diagrams", () => {
  const plain = "Only prose.\n";
  const rerendered = inputs({ readDiagram: () => "<svg></svg>" });
  expect(compileCacheKey(plain, [], rerendered)).toBe(compileCacheKey(plain, [], inputs()));
});

test("the real inputs cover the compiler, highlighter and diagram packages and every plugin source", () => {
  const real = defaultCompileInputs();
  for (const name of [
    "mdx-bundler",
    "shiki",
    "mermaid",
    "esbuild",
    "@mdx-js/mdx",
    "remark-mdx",
    "remark-gfm",
    "micromark-extension-gfm-table",
    "unified",
  ]) {
    expect(real.packages.get(`node_modules/${name}`), name).toMatch(/^\d+\.\d+\.\d+/);
  }
  expect([...real.sources.keys()]).toEqual(
    expect.arrayContaining(["lib/mdx/remark-code-blocks.ts", "lib/mdx/remark-diagrams.ts", "lib/mdx/highlight.ts"]),
  );
});

test("installed versions come from the lockfile, nested copies included", () => {
  const lock = JSON.stringify({
    packages: {
      "": { name: "app" },
      "node_modules/mermaid": { version: "11.17.2" },
      "node_modules/a/node_modules/mermaid": { version: "10.0.0" },
    },
  });
  const versions = lockedVersions(lock);
  expect([...versions]).toEqual([
    ["node_modules/mermaid", "11.17.2"],
    ["node_modules/a/node_modules/mermaid", "10.0.0"],
  ]);
  expect(installedVersion("mermaid", versions)).toBe("11.17.2");
});

test("a package missing from the lockfile is a clear error", () => {
  expect(() => installedVersion("mermaid", new Map())).toThrow(
    "package-lock.json has no entry for mermaid; run npm install",
  );
});

test("the diagram file name follows the installed mermaid version", async () => {
  const lock = JSON.parse(await readFile(path.join(process.cwd(), "package-lock.json"), "utf8"));
  const installed: string = lock.packages["node_modules/mermaid"].version;
  expect(diagramHash(diagramSource)).toBe(diagramHash(diagramSource, installed));
  expect(diagramHash(diagramSource, "99.0.0")).not.toBe(diagramHash(diagramSource));
});
