import type { SearchOptions } from "minisearch";
import { querySearchOptions } from "../options";
import { rankedSearch } from "../rank";
import type { ShardHit, ShardedIndex } from "./";

/** The query options for one track, or for all when `track` is undefined; the same for any engine. */
export const optionsFor = (track: string | undefined): SearchOptions =>
  track ? { ...querySearchOptions, filter: (hit) => hit.track === track } : querySearchOptions;

export interface ShardResults {
  hits: ShardHit[];
  partial: boolean;
}

/**
 * One query against the sharded index: fetch the term shards it needs, rank, fetch the top hits'
 * summaries, and rank again so a phrase found in a summary can lift its question within the list.
 * `track` keeps one track's questions; without it every track is searched.
 */
export async function searchShards(
  index: ShardedIndex,
  query: string,
  options: { track?: string; limit?: number } = {},
): Promise<ShardResults> {
  const { track, limit = 12 } = options;
  const searchOptions = optionsFor(track);
  await index.prepare(query);
  let ranked = rankedSearch(index, query, searchOptions, limit);
  for (let round = 0; round < 2; round++) {
    await index.loadDocs(ranked.hits.map((h) => (h as ShardHit).doc));
    ranked = rankedSearch(index, query, searchOptions, limit);
  }
  return ranked as ShardResults;
}
