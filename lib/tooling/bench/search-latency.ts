import MiniSearch from "minisearch";
import { buildSearchIndex } from "@/lib/search/server";
import { querySearchOptions, type SearchDoc, rankedSearch } from "@/lib/search";

/** Queries a person might type: whole words, prefixes and one-letter typos of title words. */
export function sampleQueries(docs: SearchDoc[], count = 300): string[] {
  const words = [...new Set(docs.flatMap((d) => d.title.toLowerCase().match(/[a-z]{5,}/g) ?? []))];
  const queries: string[] = [];
  for (let i = 0; queries.length < count && words.length > 0; i++) {
    const word = words[(i * 7919) % words.length]!;
    const kind = i % 3;
    queries.push(kind === 0 ? word : kind === 1 ? word.slice(0, 4) : word.slice(0, 2) + word.slice(3));
  }
  return queries;
}

/** A larger synthetic track made by recombining real documents, for growth measurements. */
export function syntheticDocs(docs: SearchDoc[], size: number): SearchDoc[] {
  return Array.from({ length: size }, (_, i) => {
    const a = docs[i % docs.length]!;
    const b = docs[(i * 31 + 7) % docs.length]!;
    return { ...a, id: `synthetic-${i}`, title: `${a.title} (${b.tags})`, body: `${a.body} ${b.body}` };
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** p50 and p95 of single-query latency, ranking included (what the dialog runs), after a warm-up pass. */
export function measureQueries(index: MiniSearch<SearchDoc>, queries: string[]): { p50: number; p95: number } {
  for (const q of queries) rankedSearch(index, q, querySearchOptions);
  const times = queries.map((q) => {
    const start = performance.now();
    rankedSearch(index, q, querySearchOptions);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export { buildSearchIndex };
