import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  deepImports,
  featureCycles,
  featureDependencies as actualDependencies,
  featureOf,
  readGraph,
  readImports,
  readSource,
  type SourceFile,
} from "@/lib/tooling/boundaries/import-graph";
import { featureDependencies } from "@/lib/tooling/boundaries/features.mjs";

const graph = readGraph(process.cwd());
const byFile = new Map(graph.map((source) => [source.file, source]));
// Files outside app/, components/ and lib/ (specs, configs) are read when a walk reaches them.
const lookup = (file: string) =>
  byFile.get(file) ?? (/^(tests\/e2e|playwright)/.test(file) ? readSource(process.cwd(), file) : undefined);
const serverMarker = /^import "server-only";/m;
const clientMarker = /^import "client-only";/m;
const useClient = /^\s*["']use client["'];?\s*$/m;

// Modules that need Node or a build-time package; the browser bundle can hold none of them.
const buildTimeImport =
  /^(node:|gray-matter|mdx-bundler|shiki|esbuild|mermaid|jsdom|dompurify|unified|remark-|parse5|sirv)/;
const scripts = Object.values(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>);
// Entry points that run in plain Node, where the server-only marker throws: tsx scripts run
// without the react-server condition, the Playwright config and its specs.
const plainNodeRoots = [
  ...new Set(scripts.flatMap((script) => [...script.matchAll(/\btsx (lib\/\S+\.ts)/g)].map((match) => match[1]!))),
  "playwright.config.ts",
  ...readdirSync("tests/e2e")
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `tests/e2e/${file}`),
].map((file) => lookup(file)!);
// Every command-line script; under react-server, React has none of its browser-only exports.
const scriptRoots = [
  ...new Set(
    scripts.flatMap((script) =>
      [...script.matchAll(/\btsx (?:--conditions=react-server )?(lib\/\S+\.ts)/g)].map((match) => match[1]!),
    ),
  ),
].map((file) => lookup(file)!);
const plainNodeReach = new Set(plainNodeRoots.flatMap((root) => [root.file, ...reached(root, () => false)]));

/** Files reached from `start` through imports that keep code (type-only imports are erased). */
function reached(start: SourceFile, stopAt: (file: SourceFile) => boolean): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const edge of queue.pop()!.imports) {
      const next = lookup(edge.to);
      if (edge.typeOnly || !next || seen.has(next.file) || stopAt(next)) continue;
      seen.add(next.file);
      queue.push(next);
    }
  }
  return [...seen];
}

describe("feature boundaries", () => {
  it("reads the import graph", () => {
    expect(byFile.get("components/practice/practice-app.client.tsx")?.imports.length).toBeGreaterThan(0);
  });

  it("reaches another feature only through its entries", () => {
    expect(deepImports(graph).map((edge) => `${edge.from} → ${edge.specifier}`)).toEqual([]);
  });

  it("lists every feature folder in features.mjs", () => {
    const folders = new Set(graph.map((source) => featureOf(source.file)).filter((feature) => feature !== undefined));
    expect([...folders].filter((feature) => !(feature in featureDependencies))).toEqual([]);
  });

  it("imports only the features features.mjs allows", () => {
    const unlisted = [...actualDependencies(graph)].flatMap(([from, targets]) =>
      [...targets].filter((to) => !featureDependencies[from]?.includes(to)).map((to) => `${from} → ${to}`),
    );
    expect(unlisted).toEqual([]);
  });

  it("allows no cycle between features", () => {
    const allowed = new Map(Object.entries(featureDependencies).map(([from, to]) => [from, new Set(to)]));
    expect(featureCycles(allowed)).toEqual([]);
  });

  it("keeps build-time modules out of browser code", () => {
    const browser = graph.filter(
      (source) => source.file.endsWith(".client.tsx") || clientMarker.test(source.text) || useClient.test(source.text),
    );
    const leaks = browser.flatMap((source) =>
      reached(source, () => false)
        .filter((file) => serverMarker.test(byFile.get(file)!.text))
        .map((file) => `${source.file} → ${file}`),
    );
    expect(leaks).toEqual([]);
  });

  it("keeps browser-only modules out of server code, up to the first client island", () => {
    const server = graph.filter((source) => serverMarker.test(source.text) || source.file.startsWith("app/"));
    const leaks = server.flatMap((source) =>
      reached(source, (next) => useClient.test(next.text))
        .filter((file) => clientMarker.test(byFile.get(file)!.text))
        .map((file) => `${source.file} → ${file}`),
    );
    expect(leaks).toEqual([]);
  });

  it("finds the plain Node entry points", () => {
    expect(plainNodeRoots.map((root) => root.file)).toContain("lib/tooling/cli/serve.ts");
  });

  it("keeps server-only modules out of what plain Node loads", () => {
    expect([...plainNodeReach].filter((file) => serverMarker.test(byFile.get(file)?.text ?? ""))).toEqual([]);
  });

  it("keeps browser modules out of what the command-line scripts load", () => {
    const leaks = scriptRoots.flatMap((root) =>
      reached(root, () => false)
        .filter(
          (file) => useClient.test(byFile.get(file)?.text ?? "") || clientMarker.test(byFile.get(file)?.text ?? ""),
        )
        .map((file) => `${root.file} → ${file}`),
    );
    expect(leaks).toEqual([]);
  });

  it("marks build-time modules server-only wherever they live, unless plain Node loads them", () => {
    const unmarked = graph.filter(
      (source) =>
        source.file.startsWith("lib/") &&
        !source.file.startsWith("lib/tooling/") &&
        !serverMarker.test(source.text) &&
        !plainNodeReach.has(source.file) &&
        readImports(source.file, source.text).some(
          ({ specifier, typeOnly }) => !typeOnly && buildTimeImport.test(specifier),
        ),
    );
    expect(unmarked.map((source) => source.file)).toEqual([]);
  });

  it("marks a module that uses React's browser-only APIs client-only, unless it is an island", () => {
    const hooks =
      /import \{[^}]*\b(useState|useEffect|useLayoutEffect|useReducer|useRef|useSyncExternalStore|useTransition|createContext)\b[^}]*\} from "react"/;
    const unmarked = graph.filter(
      (source) => hooks.test(source.text) && !useClient.test(source.text) && !clientMarker.test(source.text),
    );
    expect(unmarked.map((source) => source.file)).toEqual([]);
  });

  it("marks each entry for the side it serves", () => {
    const entries = graph.filter((source) => /^(lib|components)\/[^/]+\/(client|server)\.ts$/.test(source.file));
    const unmarked = entries.filter((source) =>
      source.file.endsWith("/server.ts") ? !serverMarker.test(source.text) : !clientMarker.test(source.text),
    );
    expect(unmarked.map((source) => source.file)).toEqual([]);
  });
});
