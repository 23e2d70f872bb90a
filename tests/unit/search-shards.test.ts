import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";
import { searchDocs } from "@/lib/search/build-index";
import { buildShards } from "@/lib/search/shards/build";
import { headPath, termShardPath, type Head } from "@/lib/search/shards/format";
import { ShardedIndex, type FetchJson } from "@/lib/search/shards";
import { searchShards } from "@/lib/search/shards/query";

const track = await loadTrack(defaultTrackDir());
const docs = searchDocs([track]);
const files = buildShards(docs);
const head = JSON.parse(files.get(headPath)!) as Head;

function serve(source: Map<string, string>) {
  const fetched: string[] = [];
  const fetchJson: FetchJson = async (path) => {
    fetched.push(path);
    const text = source.get(path);
    if (text === undefined) throw new Error(`${path}: HTTP 404`);
    return JSON.parse(text);
  };
  return { fetched, fetchJson };
}

const open = async (source = files) => ShardedIndex.open(serve(source).fetchJson);
const index = await open();
const ids = async (query: string, track?: string) =>
  (await searchShards(index, query, { track })).hits.map((h) => h.id);

test("every indexed term lies in the range of the shard that holds it", () => {
  for (let n = 0; n < head.starts.length; n++) {
    const shard = JSON.parse(files.get(termShardPath(head.build, n))!) as Record<string, unknown>;
    for (const term of Object.keys(shard)) expect(index.shardOf(term)).toBe(n);
  }
});

test("building twice from the same documents gives the same files", () => {
  expect([...buildShards(docs)]).toEqual([...files]);
});

test("a change to any document moves the shards to a new folder", () => {
  const changed = docs.map((d, i) => (i === 5 ? { ...d, body: `${d.body} gossamer` } : d));
  const other = JSON.parse(buildShards(changed).get(headPath)!) as Head;
  expect(other.build).not.toBe(head.build);
});

test("every question's exact title ranks that question first", async () => {
  const misses: string[] = [];
  for (const q of track.questions) if ((await ids(q.title))[0] !== q.id) misses.push(q.id);
  expect(misses).toEqual([]);
});

test("a word that matches nothing still returns the best partial matches: worker threads vs cluster", async () => {
  const result = await searchShards(index, "worker threads vs cluster");
  expect(result.partial).toBe(true);
  expect(
    result.hits
      .slice(0, 2)
      .map((h) => h.id)
      .sort(),
  ).toEqual(["cluster-module", "worker-threads"]);
});

test("a misspelt title word still finds its question: evnt lop", async () => {
  expect((await ids("evnt lop"))[0]).toMatch(/^event-loop-/);
});

test("a misspelt word found only in the shards still finds its question: backpresure", async () => {
  expect((await ids("backpresure")).slice(0, 3)).toContain("manual-backpressure");
});

test("a tag title finds a question through its tag alone", async () => {
  expect(await ids("cryptography")).toContain("jwt");
});

test("results carry the summary and difficulty from their document chunk", async () => {
  const [first] = (await searchShards(index, "worker threads")).hits;
  const doc = docs.find((d) => d.id === first!.id)!;
  expect([first!.summary, first!.difficulty, first!.sectionTitle]).toEqual([
    doc.summary,
    doc.difficulty,
    doc.sectionTitle,
  ]);
});

test("a query fetches its words' shards and its top results' chunks, not the whole index", async () => {
  const { fetched, fetchJson } = serve(files);
  await searchShards(await ShardedIndex.open(fetchJson), "stream");
  const shards = fetched.filter((p) => /\/t\d+\.json$/.test(p));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThanOrEqual(3);
  expect(fetched.length).toBeLessThan(files.size / 2);
});

test("the track option keeps one track's questions", async () => {
  const twoTracks = [...docs, ...docs.slice(0, 10).map((d) => ({ ...d, id: `other-${d.id}`, track: "other" }))];
  const both = await open(buildShards(twoTracks));
  const all = (await searchShards(both, "event loop")).hits;
  const other = (await searchShards(both, "event loop", { track: "other" })).hits;
  expect(all.some((h) => h.track === "nodejs")).toBe(true);
  expect(other.length).toBeGreaterThan(0);
  expect(other.every((h) => h.track === "other")).toBe(true);
  expect(both.head.tracks).toEqual(["nodejs", "other"]);
});

test("a missing shard rejects the query with the shard's path, and title search still works", async () => {
  const gone = new Map([...files].filter(([p]) => !/\/t\d+\.json$/.test(p)));
  const broken = await open(gone);
  await expect(searchShards(broken, "backpressure")).rejects.toThrow(
    /\/search-index\/[0-9a-f]{12}\/t\d+\.json: HTTP 404/,
  );
  expect(broken.search("worker threads")[0]!.id).toBe("worker-threads");
});

test("a corrupt shard is reported by name", async () => {
  const path = termShardPath(head.build, index.shardOf("backpressure"));
  const corrupt = new Map(files).set(path, JSON.stringify({ backpressure: [[0, 1]] }));
  await expect(searchShards(await open(corrupt), "backpressure")).rejects.toThrow(
    `${path} has a malformed posting list`,
  );
});

test("a shard that failed is fetched again by the next query", async () => {
  const source = new Map(files);
  const path = termShardPath(head.build, index.shardOf("backpressure"));
  const saved = source.get(path)!;
  source.delete(path);
  const flaky = await open(source);
  await expect(searchShards(flaky, "backpressure")).rejects.toThrow("HTTP 404");
  source.set(path, saved);
  expect((await searchShards(flaky, "backpressure")).hits.length).toBeGreaterThan(0);
});

test("a head in the wrong shape is refused with a clear message", async () => {
  const bad = new Map(files).set(headPath, JSON.stringify({ build: 1 }));
  await expect(open(bad)).rejects.toThrow("the search index head is not in the expected shape");
});

test("the sharded index ignores common words: why is my memory growing ranks the memory question first", async () => {
  const memory = track.questions.find((q) => /^Memory grows/.test(q.title))!;
  const result = await searchShards(index, "why is my memory growing");
  expect(result.hits[0]?.id).toBe(memory.id);
  expect(result.partial).toBe(false);
});

test("the sharded index matches word forms: growing finds grows", async () => {
  const memory = track.questions.find((q) => /^Memory grows/.test(q.title))!;
  expect(await ids("growing")).toContain(memory.id);
});

test("a design question's hit says it is a design question, and a concept question's hit does not", async () => {
  const marked = docs.map((d, i) => (i === 3 ? { ...d, kind: "design" as const } : d));
  const markedIndex = await open(buildShards(marked));
  const hitFor = async (doc: (typeof docs)[number]) =>
    (await searchShards(markedIndex, doc.title)).hits.find((h) => h.id === doc.id) as { kind?: string } | undefined;
  expect((await hitFor(docs[3]!))?.kind).toBe("design");
  expect((await hitFor(docs[4]!))?.kind).toBeUndefined();
});
