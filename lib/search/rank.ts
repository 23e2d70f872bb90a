import type { SearchOptions, SearchResult } from "minisearch";
import { queryWords } from "./tokens";

/**
 * Search ranking, kept apart from the engine so a change of engine keeps the rules and their tests.
 * The engine only has to answer an OR query with each hit's score and the query words it matched.
 */
export interface Engine {
  search(query: string, options?: SearchOptions): SearchResult[];
}

export type RankedHit = SearchResult & { title?: string; summary?: string };

export interface Ranked {
  hits: RankedHit[];
  /** True when no hit matched every word of the query, so the list shows the closest matches. */
  partial: boolean;
}

/** Lower-case words separated by single spaces, so "Worker threads, vs. cluster?" compares as words. */
export const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * How strongly a hit matches the query as written: 3 when its title is the query, 2 when its title
 * holds the query as a phrase, 1 when its summary does. One-word queries only get the first tier:
 * a single word in a title says little that the engine's title boost does not already say.
 */
export function phraseTier(hit: { title?: string; summary?: string }, phrase: string): number {
  const title = normalize(hit.title ?? "");
  if (!phrase) return 0;
  if (title === phrase) return 3;
  if (!phrase.includes(" ")) return 0;
  if (` ${title} `.includes(` ${phrase} `)) return 2;
  return ` ${normalize(hit.summary ?? "")} `.includes(` ${phrase} `) ? 1 : 0;
}

/**
 * One OR query, then: exact title or phrase matches first, then hits that match more of the
 * query's words, then the engine's score. A hit that matches every word therefore always ranks
 * above one that misses a word (what an AND query would return comes first), and a word that
 * matches nothing ("vs") no longer empties the list. Typo tolerance and prefixes are the engine's.
 */
export function rankedSearch(engine: Engine, query: string, options: SearchOptions, limit = 12): Ranked {
  const phrase = normalize(query);
  if (!phrase) return { hits: [], partial: false };
  const words = new Set(queryWords(query));
  const hits = engine.search(query, { ...options, combineWith: "OR" }) as RankedHit[];
  const keyed = hits.map((hit) => ({
    hit,
    tier: phraseTier(hit, phrase),
    covered: new Set(hit.queryTerms).size,
  }));
  keyed.sort((a, b) => b.tier - a.tier || b.covered - a.covered || b.hit.score - a.hit.score);
  const best = keyed[0];
  return {
    hits: keyed.slice(0, limit).map((k) => k.hit),
    partial: best !== undefined && best.covered < words.size && best.tier === 0,
  };
}
