import { shardFields } from "./format";

/** Per document: its score so far, the query words and indexed terms it matched, and where. */
export type Scores = Map<
  number,
  { score: number; queryTerms: Set<string>; terms: Set<string>; match: Map<string, Set<string>> }
>;

/** Titles count most, then tags, summaries, follow-up questions and the answer body. */
export const fieldBoost: Record<string, number> = { title: 4, tags: 2.5, summary: 2, followUps: 1.2, body: 1 };

const saturation = 1.2;

/** Rarer terms count more; a term in most documents counts close to nothing. */
const rarity = (total: number, df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));

function add(scores: Scores, doc: number, points: number, word: string, term: string, field: string) {
  const entry = scores.get(doc) ?? { score: 0, queryTerms: new Set(), terms: new Set(), match: new Map() };
  scores.set(doc, entry);
  entry.score += points;
  entry.queryTerms.add(word);
  entry.terms.add(term);
  const fields = entry.match.get(term) ?? new Set<string>();
  fields.add(field);
  entry.match.set(term, fields);
}

const tfPoints = (tf: number) => (tf * (saturation + 1)) / (tf + saturation);

/** Adds a title term's documents (document -> count) to the scores. */
export function scoreTitle(
  scores: Scores,
  total: number,
  word: string,
  term: string,
  weight: number,
  docs: Map<number, number>,
) {
  const idf = rarity(total, docs.size);
  for (const [doc, tf] of docs) add(scores, doc, fieldBoost.title! * weight * idf * tfPoints(tf), word, term, "title");
}

/** Adds one field's postings of a shard term, `[field, doc, tf, gap, tf, ...]` (see format.ts), to the scores. */
export function scorePostings(
  scores: Scores,
  total: number,
  word: string,
  term: string,
  weight: number,
  postings: number[],
) {
  const field = shardFields[postings[0]!] ?? "body";
  const idf = rarity(total, (postings.length - 1) / 2);
  let doc = 0;
  for (let i = 1; i < postings.length; i += 2) {
    doc = i === 1 ? postings[i]! : doc + postings[i]!;
    add(scores, doc, fieldBoost[field]! * weight * idf * tfPoints(postings[i + 1]!), word, term, field);
  }
}
