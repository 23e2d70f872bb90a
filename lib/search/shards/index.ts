import type { SearchOptions } from "minisearch";
import { normalize, phraseTier, type RankedHit } from "../rank";
import { indexTerms, queryWords, termWeight } from "../tokens";
import { checkDocChunk, checkHead, checkTermShard, docChunkPath, headPath, termShardPath } from "./format";
import type { DocMeta, Head, TermShard } from "./format";
import { scorePostings, scoreTitle, type Scores } from "./score";

/** Fetches and parses one JSON file of the index; rejects on any failure. */
export type FetchJson = (path: string) => Promise<unknown>;

export type ShardHit = RankedHit & {
  id: string;
  doc: number;
  title: string;
  track: string;
  section: string;
  sectionTitle: string;
  summary?: string;
  tags?: string;
  followUps?: string;
  difficulty?: string;
  kind?: "design";
};

/** Enough candidates for rank.ts to reorder by summary phrase and still fill its list. */
const candidateLimit = 100;

/** Prefix matches of the last shard are enough for a word of this length; longer words may span more. */
const extraPrefixShards = (word: string) => (word.length >= 3 ? 2 : 0);

/**
 * The sharded index in the browser: the head is loaded at once; term shards and document chunks
 * arrive as queries need them and stay cached. `search` is synchronous over what is loaded, so
 * the ranking rules in rank.ts apply unchanged; `prepare` and `loadDocs` fetch first.
 */
export class ShardedIndex {
  private readonly shards = new Map<number, Promise<TermShard>>();
  private readonly loadedShards = new Map<number, TermShard>();
  private readonly chunks = new Map<number, Promise<DocMeta[]>>();
  private readonly loadedChunks = new Map<number, DocMeta[]>();
  private readonly titleTerms = new Map<string, Map<number, number>>();

  private constructor(
    readonly head: Head,
    private readonly fetchJson: FetchJson,
  ) {
    head.docs.forEach(([, title], n) => {
      for (const word of indexTerms(title)) {
        const docs = this.titleTerms.get(word) ?? new Map<number, number>();
        this.titleTerms.set(word, docs);
        docs.set(n, (docs.get(n) ?? 0) + 1);
      }
    });
  }

  static async open(fetchJson: FetchJson): Promise<ShardedIndex> {
    return new ShardedIndex(checkHead(await fetchJson(headPath)), fetchJson);
  }

  /** The shard whose range holds `term`. */
  shardOf(term: string): number {
    const { starts } = this.head;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= term) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The word's own shard, then the following shards that begin with it (words it is the start of). */
  private shardsFor(word: string): number[] {
    const own = this.shardOf(word);
    const list = [own];
    for (let n = own + 1; n < this.head.starts.length && list.length <= extraPrefixShards(word); n++) {
      if (!this.head.starts[n]!.startsWith(word)) break;
      list.push(n);
    }
    return list;
  }

  private loadShard(n: number): Promise<TermShard> {
    return this.loadOnce(this.shards, this.loadedShards, n, termShardPath(this.head.build, n), checkTermShard);
  }

  /** One fetch per file: the checked value is kept once it arrives, and a failed fetch is forgotten, so the next query tries again. */
  private loadOnce<T>(
    pending: Map<number, Promise<T>>,
    loaded: Map<number, T>,
    n: number,
    path: string,
    check: (json: unknown, path: string) => T,
  ): Promise<T> {
    let request = pending.get(n);
    if (!request) {
      request = this.fetchJson(path).then((json) => {
        const value = check(json, path);
        loaded.set(n, value);
        return value;
      });
      request.catch(() => pending.delete(n));
      pending.set(n, request);
    }
    return request;
  }

  private titleHas(word: string): boolean {
    for (const term of this.titleTerms.keys()) if (term.startsWith(word)) return true;
    return false;
  }

  /**
   * Fetches the shards a query needs, in one round: each word's own shard and those its prefix runs
   * into, and for a word no title holds (perhaps misspelt) the shards either side of its own, where
   * its nearest spellings are likely to be.
   */
  async prepare(query: string): Promise<void> {
    const words = queryWords(query).filter((w) => w.length > 1);
    const last = this.head.starts.length - 1;
    const neighbours = (list: string[]) =>
      list.flatMap((w) => [this.shardOf(w) - 1, this.shardOf(w) + 1]).filter((n) => n >= 0 && n <= last);
    // A word no title has is fetched with its neighbours at once: it is often a typo, and a second
    // round of fetches costs more time than a few small shards cost bytes.
    const untitled = words.filter((w) => !this.titleHas(w));
    await Promise.all(
      [...words.flatMap((w) => this.shardsFor(w)), ...neighbours(untitled)].map((n) => this.loadShard(n)),
    );
  }

  /** Fetches the chunks holding these documents' summaries, tags and follow-ups. */
  async loadDocs(docs: number[]): Promise<void> {
    const wanted = [...new Set(docs.map((d) => Math.floor(d / this.head.chunkSize)))];
    await Promise.all(
      wanted.map((c) =>
        this.loadOnce(this.chunks, this.loadedChunks, c, docChunkPath(this.head.build, c), checkDocChunk),
      ),
    );
  }

  private hitFor(n: number, scores: Scores): ShardHit {
    const [id, title, s] = this.head.docs[n]!;
    const [section, sectionTitle, t] = this.head.sections[s]!;
    const meta = this.loadedChunks.get(Math.floor(n / this.head.chunkSize))?.[n % this.head.chunkSize];
    const entry = scores.get(n)!;
    return {
      id,
      doc: n,
      title,
      track: this.head.tracks[t]!,
      section,
      sectionTitle,
      score: entry.score,
      terms: [...entry.terms],
      queryTerms: [...entry.queryTerms],
      match: Object.fromEntries([...entry.match].map(([term, fields]) => [term, [...fields]])),
      ...(meta ? { summary: meta[0], tags: meta[1], followUps: meta[2], difficulty: meta[3] } : {}),
      ...(meta?.[4] === "design" ? { kind: meta[4] } : {}),
    };
  }

  /** Every document matching any query word, best first, from the title index and the loaded shards. */
  search(query: string, options: SearchOptions = {}): ShardHit[] {
    const scores = this.scoresFor(query);
    // Only the best candidates become hits: in the order rank.ts sorts by (title phrase tier, words
    // matched, score), so the list it cuts to a dozen is the same, without an object per match.
    const phrase = normalize(query);
    const key = (n: number) => {
      const entry = scores.get(n)!;
      return [phraseTier({ title: this.head.docs[n]![1] }, phrase), entry.queryTerms.size, entry.score];
    };
    const keyed = [...scores.keys()].map((n) => ({ n, key: key(n) }));
    keyed.sort((a, b) => b.key[0]! - a.key[0]! || b.key[1]! - a.key[1]! || b.key[2]! - a.key[2]!);
    const hits: ShardHit[] = [];
    for (const { n } of keyed) {
      const hit = this.hitFor(n, scores);
      if (!options.filter || options.filter(hit)) hits.push(hit);
      if (hits.length === candidateLimit) break;
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  // A query is ranked again once its results' chunks arrive; the scores are the same until a new
  // shard loads, so they are kept for the last query.
  private scored: { key: string; scores: Scores } | undefined;

  private scoresFor(query: string): Scores {
    const key = `${this.loadedShards.size}\n${query}`;
    if (this.scored?.key !== key) this.scored = { key, scores: this.score(query) };
    return this.scored.scores;
  }

  private score(query: string): Scores {
    const words = queryWords(query);
    const scores: Scores = new Map();
    const total = this.head.docs.length;
    for (const word of words) {
      for (const [term, docs] of this.titleTerms) {
        const weight = termWeight(word, term, true);
        if (weight > 0) scoreTitle(scores, total, word, term, weight, docs);
      }
      if (word.length < 2) continue;
      const own = this.shardOf(word);
      const nearby = new Set([...this.shardsFor(word), own - 1, own + 1]);
      for (const n of nearby) {
        for (const [term, lists] of Object.entries(this.loadedShards.get(n) ?? {})) {
          const weight = termWeight(word, term, word.length >= 3 || term === word);
          if (weight > 0) for (const list of lists) scorePostings(scores, total, word, term, weight, list);
        }
      }
    }
    return scores;
  }
}
