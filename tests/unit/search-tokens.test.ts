import { expect, test } from "vitest";
import { trackOfPage } from "@/lib/search/shards/fetch-json";
import { editDistance, queryWords, stem, termWeight, tokenize } from "@/lib/search/tokens";

test("words are lower-cased runs of letters and digits", () => {
  expect(tokenize("Worker threads, vs. HTTP/2?")).toEqual(["worker", "threads", "vs", "http", "2"]);
});

test("edit distance counts insertions, deletions and substitutions", () => {
  expect(editDistance("evnt", "event", 2)).toBe(1);
  expect(editDistance("lop", "loop", 2)).toBe(1);
  expect(editDistance("kitten", "sitting", 3)).toBe(3);
});

test("edit distance stops at one past its limit", () => {
  expect(editDistance("stream", "cluster", 1)).toBe(2);
});

test("an exact word outweighs both a word it starts and a near spelling", () => {
  const exact = termWeight("stream", "stream", true);
  const prefix = termWeight("stream", "streams", true);
  const near = termWeight("stream", "steam", true);
  expect(exact).toBeGreaterThan(Math.max(prefix, near));
  expect(Math.min(prefix, near)).toBeGreaterThan(0);
});

test("a short word allows no typo, and an unrelated word weighs nothing", () => {
  expect(termWeight("io", "go", true)).toBe(0);
  expect(termWeight("cluster", "buffer", true)).toBe(0);
});

test("the page's track comes from its first path segment or from its question", () => {
  const tracks = ["nodejs", "go"];
  const questionTrack = (id: string) => (id === "goroutines" ? "go" : undefined);
  expect(trackOfPage("/go/concurrency", tracks, questionTrack)).toBe("go");
  expect(trackOfPage("/q/goroutines", tracks, questionTrack)).toBe("go");
  expect(trackOfPage("/practice", tracks, questionTrack)).toBeUndefined();
  expect(trackOfPage("/", tracks, questionTrack)).toBeUndefined();
});

test("simple word forms share a stem: grows, growing and grow", () => {
  expect(["grows", "growing", "grow"].map(stem)).toEqual(["grow", "grow", "grow"]);
});

test("plurals, -ed and -ing forms share a stem, and doubled consonants are undone", () => {
  expect(["caches", "cached", "caching", "cache"].map(stem)).toEqual(["cach", "cach", "cach", "cach"]);
  expect(["running", "stopped", "memories", "processes"].map(stem)).toEqual(["run", "stop", "memory", "process"]);
});

test("short words, words ending in ss, us or is, and words with digits keep their form", () => {
  expect(["is", "use", "class", "status", "redis", "http2s"].map(stem)).toEqual([
    "is",
    "use",
    "class",
    "status",
    "redis",
    "http2s",
  ]);
});

test("a query's common words are dropped for ranking and the rest are stemmed", () => {
  expect(queryWords("why is my memory growing")).toEqual(["memory", "grow"]);
});

test("a query made only of common words keeps them", () => {
  expect(queryWords("what is this")).toEqual(["what", "is", "this"]);
});
