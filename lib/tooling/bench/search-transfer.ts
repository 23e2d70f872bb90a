/**
 * What search costs the browser, fetches included: the sharded index served by the real server
 * from a built out/ folder, queried the way the dialog queries it, with the gzip size of every
 * file each query fetched. The whole-index figures of the single MiniSearch file it replaced are
 * computed from the same documents, so both appear in one run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ShardedIndex, type FetchJson, searchShards, type SearchDoc } from "@/lib/search";
import { buildSearchIndex } from "@/lib/search/server";
import { measureQueries, percentile } from "./search-latency";
import { serveDir } from "./serve-dir";

export interface ShardedFigures {
  /** Head plus everything the first query fetched: p95 and worst over the sample queries. */
  firstResultGz: { p95: number; max: number };
  /** What one query fetches beyond the head, with nothing else cached: p95 and worst. */
  perQueryGz: { p95: number; max: number };
  /** One query from typing to ranked results with summaries, fetches included. */
  ms: { p50: number; p95: number };
}

export interface WholeIndexFigures {
  indexGz: number;
  ms: { p50: number; p95: number };
}

const gzSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** The index that loaded whole before sharding: its size, and query time once it is in memory. */
export function measureWholeIndex(docs: SearchDoc[], queries: string[]): WholeIndexFigures {
  const index = buildSearchIndex(docs);
  return { indexGz: gzSize(JSON.stringify(index.toJSON())), ms: measureQueries(index, queries) };
}

export async function measureShardedSearch(
  root: string,
  outDir: string,
  port: number,
  queries: string[],
): Promise<ShardedFigures> {
  const server = await serveDir(root, outDir, port);
  try {
    const sizes = new Map<string, number>();
    let bytes = 0;
    const fetchJson: FetchJson = async (urlPath) => {
      const response = await fetch(`http://127.0.0.1:${port}${urlPath}`);
      if (!response.ok) throw new Error(`${urlPath}: HTTP ${response.status}`);
      const json: unknown = await response.json();
      if (!sizes.has(urlPath)) sizes.set(urlPath, gzSize(await readFile(path.join(outDir, urlPath))));
      bytes += sizes.get(urlPath)!;
      return json;
    };
    // A warm-up pass, so the figures are not the first calls' compile time.
    for (const query of queries.slice(0, 20)) await searchShards(await ShardedIndex.open(fetchJson), query);
    const first: number[] = [];
    const further: number[] = [];
    const times: number[] = [];
    for (const query of queries) {
      bytes = 0;
      const index = await ShardedIndex.open(fetchJson);
      const headBytes = bytes;
      const started = performance.now();
      await searchShards(index, query);
      times.push(performance.now() - started);
      first.push(bytes);
      further.push(bytes - headBytes);
    }
    const summary = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
    };
    times.sort((a, b) => a - b);
    return {
      firstResultGz: summary(first),
      perQueryGz: summary(further),
      ms: { p50: percentile(times, 50), p95: percentile(times, 95) },
    };
  } finally {
    server.kill();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The before/after rows both benchmarks print. */
export function searchRows(label: string, whole: WholeIndexFigures, sharded: ShardedFigures): string[] {
  return [
    `search ${label}: before (one MiniSearch file): first result after ${kb(whole.indexGz)} gz, further queries 0 KB, ` +
      `p95 ${whole.ms.p95.toFixed(2)} ms once loaded (p50 ${whole.ms.p50.toFixed(2)} ms)`,
    `search ${label}: after (sharded): first result after ${kb(sharded.firstResultGz.p95)} gz p95 (worst ${kb(sharded.firstResultGz.max)}), ` +
      `each further query ${kb(sharded.perQueryGz.p95)} gz p95 (worst ${kb(sharded.perQueryGz.max)}), ` +
      `p95 ${sharded.ms.p95.toFixed(2)} ms with fetches (p50 ${sharded.ms.p50.toFixed(2)} ms)`,
  ];
}
