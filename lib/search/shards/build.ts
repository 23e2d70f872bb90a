import "server-only";
import { createHash } from "node:crypto";
import type { SearchDoc } from "../options";
import { indexTerms } from "../tokens";
import {
  docChunkPath,
  headPath,
  shardFields,
  termShardPath,
  type DocMeta,
  type Head,
  type HeadSection,
  type TermShard,
} from "./format";

export interface ShardOptions {
  /** A shard is closed once its JSON passes this many bytes (before compression). */
  shardBytes: number;
  /** Documents per metadata chunk: small, since a query fetches the chunks of its top results. */
  chunkSize: number;
}

export const defaultShardOptions: ShardOptions = { shardBytes: 8_000, chunkSize: 4 };

/** term -> field index -> [doc, tf] pairs, documents ascending. */
type Postings = Map<string, Map<number, [number, number][]>>;

function collectPostings(docs: SearchDoc[]): Postings {
  const postings: Postings = new Map();
  docs.forEach((doc, n) => {
    shardFields.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const word of indexTerms(doc[field])) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [word, tf] of counts) {
        const byField = postings.get(word) ?? new Map<number, [number, number][]>();
        postings.set(word, byField);
        const list = byField.get(f) ?? [];
        byField.set(f, list);
        list.push([n, tf]);
      }
    });
  });
  return postings;
}

/** `[field, doc, tf, gap, tf, ...]`: gaps keep the numbers short and repetitive, which gzip likes. */
function encode(byField: Map<number, [number, number][]>): number[][] {
  return [...byField].map(([f, list]) => [
    f,
    ...list.flatMap(([doc, tf], i) => [i === 0 ? doc : doc - list[i - 1]![0], tf]),
  ]);
}

function splitIntoShards(postings: Postings, shardBytes: number): { starts: string[]; shards: TermShard[] } {
  const starts: string[] = [];
  const shards: TermShard[] = [];
  let current: TermShard = {};
  let bytes = 0;
  for (const term of [...postings.keys()].sort()) {
    const encoded = encode(postings.get(term)!);
    if (bytes > shardBytes) {
      shards.push(current);
      current = {};
      bytes = 0;
    }
    if (bytes === 0) starts.push(term);
    current[term] = encoded;
    bytes += term.length + JSON.stringify(encoded).length + 4;
  }
  if (bytes > 0) shards.push(current);
  return { starts, shards };
}

/** Every file of the sharded index, keyed by its URL path. Deterministic for the same documents. */
export function buildShards(docs: SearchDoc[], options: ShardOptions = defaultShardOptions): Map<string, string> {
  const tracks: string[] = [];
  const sections: HeadSection[] = [];
  const sectionIndex = new Map<string, number>();
  const headDocs = docs.map((doc): [string, string, number] => {
    if (!tracks.includes(doc.track)) tracks.push(doc.track);
    const key = `${doc.track}/${doc.section}`;
    if (!sectionIndex.has(key)) {
      sectionIndex.set(key, sections.length);
      sections.push([doc.section, doc.sectionTitle, tracks.indexOf(doc.track)]);
    }
    return [doc.id, doc.title, sectionIndex.get(key)!];
  });

  const { starts, shards } = splitIntoShards(collectPostings(docs), options.shardBytes);
  const chunks: DocMeta[][] = [];
  for (let i = 0; i < docs.length; i += options.chunkSize) {
    chunks.push(
      docs
        .slice(i, i + options.chunkSize)
        .map((d): DocMeta =>
          d.kind === "design"
            ? [d.summary, d.tags, d.followUps, d.difficulty, d.kind]
            : [d.summary, d.tags, d.followUps, d.difficulty],
        ),
    );
  }
  const bodies = [...shards, ...chunks].map((file) => JSON.stringify(file));
  const build = createHash("sha256")
    .update(JSON.stringify(headDocs))
    .update(bodies.join("\n"))
    .digest("hex")
    .slice(0, 12);

  const head: Head = { build, tracks, sections, docs: headDocs, starts, chunkSize: options.chunkSize };
  const files = new Map<string, string>([[headPath, JSON.stringify(head)]]);
  shards.forEach((_, n) => files.set(termShardPath(build, n), bodies[n]!));
  chunks.forEach((_, n) => files.set(docChunkPath(build, n), bodies[shards.length + n]!));
  return files;
}
