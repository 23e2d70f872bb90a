/**
 * The sharded search index as files: one small head (titles, sections, tracks and where each term
 * shard starts), term shards holding postings for a contiguous range of terms, and document chunks
 * holding what a result shows. Shared by the build that writes them and the browser that reads them.
 */

/** Fields whose postings live in the term shards; titles are searched from the head instead. */
export const shardFields = ["tags", "summary", "followUps", "body"] as const;
export type ShardField = (typeof shardFields)[number];

export const headPath = "/search-index/head.json";
export const termShardPath = (build: string, n: number) => `/search-index/${build}/t${n}.json`;
export const docChunkPath = (build: string, n: number) => `/search-index/${build}/d${n}.json`;

/** `[slug, title, track index]`. */
export type HeadSection = [string, string, number];
/** `[id, title, section index]`. */
export type HeadDoc = [string, string, number];

export interface Head {
  /** Names the folder of this build's shards, so a head never meets another build's shards. */
  build: string;
  tracks: string[];
  sections: HeadSection[];
  docs: HeadDoc[];
  /** The first term of each shard, in sort order: shard i holds terms from starts[i] to starts[i+1]. */
  starts: string[];
  /** Documents per chunk: document n is in chunk floor(n / chunkSize). */
  chunkSize: number;
}

/**
 * term -> one array per field that holds it: `[field index, doc, tf, doc gap, tf, ...]`, documents
 * in ascending order, each after the first written as the gap from the previous one.
 */
export type TermShard = Record<string, number[][]>;

/** `[summary, tags, follow-ups, difficulty]` per document of the chunk, in document order. */
/** Summary, tags, follow-ups and difficulty; a design question adds "design". */
export type DocMeta = [string, string, string, string] | [string, string, string, string, "design"];

/** An array of exactly `length` strings or numbers. */
const isFlatTuple = (value: unknown, length: number) =>
  Array.isArray(value) && value.length === length && value.every((v) => typeof v === "string" || typeof v === "number");

/** Checks the shape the reader relies on; a file cut short or from elsewhere fails here, by name. */
export function checkHead(value: unknown): Head {
  const head = value as Partial<Head> | null;
  if (
    !head ||
    typeof head.build !== "string" ||
    !Array.isArray(head.tracks) ||
    !Array.isArray(head.sections) ||
    !head.sections.every((s) => isFlatTuple(s, 3)) ||
    !Array.isArray(head.docs) ||
    !head.docs.every((d) => isFlatTuple(d, 3)) ||
    !Array.isArray(head.starts) ||
    typeof head.chunkSize !== "number" ||
    head.chunkSize < 1
  ) {
    throw new Error("the search index head is not in the expected shape");
  }
  return head as Head;
}

export function checkTermShard(value: unknown, name: string): TermShard {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`${name} is not a term shard`);
  for (const lists of Object.values(value as Record<string, unknown>)) {
    if (!Array.isArray(lists) || !lists.every((l) => Array.isArray(l) && l.length % 2 === 1)) {
      throw new Error(`${name} has a malformed posting list`);
    }
  }
  return value as TermShard;
}

export function checkDocChunk(value: unknown, name: string): DocMeta[] {
  if (!Array.isArray(value) || !value.every((d) => isFlatTuple(d, 4) || (isFlatTuple(d, 5) && d[4] === "design"))) {
    throw new Error(`${name} is not a document chunk`);
  }
  return value as DocMeta[];
}
