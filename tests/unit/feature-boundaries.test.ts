import { describe, expect, it } from "vitest";
import {
  deepImports,
  featureCycles,
  featureDependencies as actualDependencies,
  featureOf,
  readGraph,
  type SourceFile,
} from "@/lib/tooling/boundaries/import-graph";
import { featureDependencies } from "@/lib/tooling/boundaries/features.mjs";

const graph = readGraph(process.cwd());
const byFile = new Map(graph.map((source) => [source.file, source]));
const serverMarker = /^import "server-only";/m;
const clientMarker = /^import "client-only";/m;
const useClient = /^\s*["']use client["'];?\s*$/m;

/** Files reached from `start` through imports that keep code (type-only imports are erased). */
function reached(start: SourceFile, stopAt: (file: SourceFile) => boolean): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const edge of queue.pop()!.imports) {
      const next = byFile.get(edge.to);
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

  it("marks each entry for the side it serves", () => {
    const entries = graph.filter((source) => /^(lib|components)\/[^/]+\/(client|server)\.ts$/.test(source.file));
    const unmarked = entries.filter((source) =>
      source.file.endsWith("/server.ts") ? !serverMarker.test(source.text) : !clientMarker.test(source.text),
    );
    expect(unmarked.map((source) => source.file)).toEqual([]);
  });
});
