import type { SearchResult } from "minisearch";
import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";
import { buildSearchIndex, searchDocs } from "@/lib/search/build-index";
import { querySearchOptions } from "@/lib/search/options";
import { normalize, phraseTier, rankedSearch, type Engine } from "@/lib/search/rank";

const track = await loadTrack(defaultTrackDir());
const index = buildSearchIndex(searchDocs([track]));
const ids = (query: string) => rankedSearch(index, query, querySearchOptions).hits.map((h) => h.id);

const hit = (id: string, score: number, queryTerms: string[], title = id): SearchResult & { title: string } => ({
  id,
  score,
  queryTerms,
  terms: queryTerms,
  match: {},
  title,
});

test("a word that matches nothing no longer empties the list: worker threads vs cluster", () => {
  // "vs" is in no question, so an AND query alone answered 0 results.
  expect(index.search("worker threads vs cluster", querySearchOptions)).toHaveLength(0);
  expect(ids("worker threads vs cluster").slice(0, 2).sort()).toEqual(["cluster-module", "worker-threads"]);
});

test("a query with a word that matches nothing is marked partial", () => {
  expect(rankedSearch(index, "worker threads vs cluster", querySearchOptions).partial).toBe(true);
  expect(rankedSearch(index, "worker threads", querySearchOptions).partial).toBe(false);
});

test("every question's exact title, typed as a query, ranks that question first", () => {
  const misses = track.questions.filter((q) => ids(q.title)[0] !== q.id).map((q) => q.id);
  expect(misses).toEqual([]);
});

test("an exact title ranks first even when other questions share most of its words", () => {
  const title = track.questions.find((q) => q.id === "worker-threads")!.title;
  expect(ids(title)[0]).toBe("worker-threads");
  expect(ids(title.toLowerCase().replace(/[?,]/g, ""))[0]).toBe("worker-threads");
});

test("typos are still tolerated: evnt lop finds the event loop questions first", () => {
  expect(ids("evnt lop")[0]).toMatch(/^event-loop-/);
});

test("a query that matches nothing at all returns no hits and is not partial", () => {
  expect(rankedSearch(index, "qqzzxxjj", querySearchOptions)).toEqual({ hits: [], partial: false });
});

test("a hit matching more of the query's words outranks a higher-scoring hit that matches fewer", () => {
  const engine: Engine = {
    search: () => [hit("one-word", 50, ["worker"]), hit("two-words", 5, ["worker", "cluster"])],
  };
  expect(rankedSearch(engine, "worker cluster", {}).hits.map((h) => h.id)).toEqual(["two-words", "one-word"]);
});

test("the engine is asked for an OR query whatever the options say", () => {
  let asked: unknown;
  const engine: Engine = {
    search: (_q, options) => {
      asked = options?.combineWith;
      return [];
    },
  };
  rankedSearch(engine, "a b", { combineWith: "AND" });
  expect(asked).toBe("OR");
});

test("phrase tiers: the exact title, then the phrase in the title, then in the summary", () => {
  const phrase = normalize("Event loop");
  expect(phraseTier({ ...hit("a", 1, []), title: "Event loop?" }, phrase)).toBe(3);
  expect(phraseTier({ ...hit("a", 1, []), title: "Phases of the event loop" }, phrase)).toBe(2);
  expect(phraseTier({ ...hit("a", 1, []), title: "Timers", summary: "How the event loop runs timers" }, phrase)).toBe(
    1,
  );
  expect(phraseTier({ ...hit("a", 1, []), title: "The eventual loop" }, phrase)).toBe(0);
});

test("a one-word query only promotes an exact title, not every title holding the word", () => {
  expect(phraseTier({ ...hit("a", 1, []), title: "Streams and backpressure" }, "streams")).toBe(0);
  expect(phraseTier({ ...hit("a", 1, []), title: "Streams" }, "streams")).toBe(3);
});

test("the list is cut to the limit", () => {
  const engine: Engine = { search: () => Array.from({ length: 20 }, (_, i) => hit(`q${i}`, i, ["x"])) };
  expect(rankedSearch(engine, "x", {}, 5).hits).toHaveLength(5);
});

test("an exact title match ranks first even against a higher-scoring hit", () => {
  const engine: Engine = {
    search: () => [
      hit("loud", 90, ["event", "loop"], "Blocking the event loop"),
      hit("exact", 3, ["event", "loop"], "Event loop"),
    ],
  };
  expect(rankedSearch(engine, "event loop", {}).hits[0]!.id).toBe("exact");
});

test("common words do not rank: why is my memory growing finds the memory question first", () => {
  const memory = track.questions.find((q) => /^Memory grows/.test(q.title))!;
  expect(ids("why is my memory growing")[0]).toBe(memory.id);
});

test("a query whose every meaningful word is matched is not partial, whatever its common words", () => {
  expect(rankedSearch(index, "why is my memory growing", querySearchOptions).partial).toBe(false);
});

test("growing matches grows", () => {
  const memory = track.questions.find((q) => /^Memory grows/.test(q.title))!;
  expect(ids("growing")).toContain(memory.id);
});
