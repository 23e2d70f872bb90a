import type { Options, SearchOptions } from "minisearch";
import { stem, stopWords } from "./tokens";

/** One search document per question. `body` is indexed but not stored, to keep the file small. */
export interface SearchDoc {
  id: string;
  /** The slug of the question's track. */
  track: string;
  title: string;
  summary: string;
  tags: string;
  followUps: string;
  body: string;
  section: string;
  sectionTitle: string;
  difficulty: string;
  /** Set only on design questions, which results mark as a design round. */
  kind?: "design";
}

export type StoredDoc = Omit<SearchDoc, "body">;

/** Shared by the build (which indexes) and the browser (which loads the index): they must match. */
export const indexOptions: Options<SearchDoc> = {
  fields: ["title", "tags", "summary", "followUps", "body"],
  storeFields: ["track", "title", "summary", "tags", "followUps", "section", "sectionTitle", "difficulty", "kind"],
  processTerm: (term) => stem(term.toLowerCase()),
};

/** Prefix and typo tolerant, titles weighted above tags, summaries and the answer body. */
export const querySearchOptions: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: "AND",
  boost: { title: 4, tags: 2.5, summary: 2, followUps: 1.2, body: 1 },
  // Common words do not rank; the sharded index keeps them when a query has nothing else (tokens.ts).
  processTerm: (term) => (stopWords.has(term.toLowerCase()) ? null : stem(term.toLowerCase())),
};
