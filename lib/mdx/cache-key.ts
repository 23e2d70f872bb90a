import "server-only";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { diagramFile, diagramHash, diagramThemes, type DiagramTheme } from "@/lib/diagrams/server";
import { installedVersions, packageNameOf } from "@/lib/installed-packages";

/** Everything besides the body that can change a compiled answer. Tests pass their own. */
export interface CompileInputs {
  /** Lockfile path → version of every package in the compile, highlight and diagram chain. */
  packages: ReadonlyMap<string, string>;
  /** Source file → its bytes, for our own plugins and the diagram cache naming. */
  sources: ReadonlyMap<string, string>;
  /** A prerendered diagram's SVG, or undefined when it is not in the cache. */
  readDiagram: (hash: string, theme: DiagramTheme) => string | undefined;
}

/** Packages whose version can change the HTML a body compiles to. */
const compilerPackage =
  /^(mdx-bundler|esbuild|shiki|@shikijs\/.+|mermaid|unified|@mdx-js\/.+|remark-.+|rehype-.+|mdast-.+|hast-.+|micromark.*|unist-.+|vfile.*|estree-util-.+)$/;

const sourceFiles = () => {
  const mdx = path.join(process.cwd(), "lib", "mdx");
  const files = readdirSync(mdx)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(mdx, f));
  return [...files, path.join(process.cwd(), "lib", "diagrams", "cache.ts")].sort();
};

let defaults: CompileInputs | undefined;

/** The real inputs: lockfile and plugin sources read once per process, diagrams read per body. */
export function defaultCompileInputs(): CompileInputs {
  defaults ??= {
    packages: new Map([...installedVersions()].filter(([where]) => compilerPackage.test(packageNameOf(where)))),
    sources: new Map(sourceFiles().map((file) => [path.relative(process.cwd(), file), readFileSync(file, "utf8")])),
    readDiagram: (hash, theme) => {
      try {
        return readFileSync(diagramFile(hash, theme), "utf8");
      } catch {
        return undefined;
      }
    },
  };
  return defaults;
}

const sortedEntries = (map: ReadonlyMap<string, string>) => [...map].sort(([a], [b]) => a.localeCompare(b));

/**
 * The cache key of one body: the body, every input above and the bytes of each diagram it shows.
 * `diagramSources` are the body's diagrams as walkMdx finds them.
 */
export function compileCacheKey(body: string, diagramSources: readonly string[], inputs: CompileInputs): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(sortedEntries(inputs.packages)));
  for (const [file, text] of sortedEntries(inputs.sources)) hash.update(`\0${file}\0${text}`);
  for (const source of diagramSources) {
    const diagram = diagramHash(source);
    for (const theme of diagramThemes)
      hash.update(`\0${diagram}-${theme}\0${inputs.readDiagram(diagram, theme) ?? "missing"}`);
  }
  return hash.update("\0body\0").update(body).digest("hex");
}
