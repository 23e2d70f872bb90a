import { indexTerms, queryWords } from "./tokens";

export interface NoteHit {
  id: string;
  title: string;
  /** The stretch of the note around its first match. */
  excerpt: string;
  /** The matched words as indexed (stems), for highlighting. */
  terms: string[];
}

const excerptLength = 140;

function excerptAround(text: string, at: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= excerptLength) return flat;
  const start = Math.max(0, Math.min(at - 40, flat.length - excerptLength));
  return `${start > 0 ? "…" : ""}${flat.slice(start, start + excerptLength).trim()}${start + excerptLength < flat.length ? "…" : ""}`;
}

/**
 * The user's own notes that hold every meaningful word of the query (a word may be the start of a
 * note's word, as typing is unfinished), searched in the browser: notes never leave it. A note's
 * question title counts as part of the note. Most words matched first, then the title order.
 */
export function searchNotes(
  notes: Readonly<Record<string, string>>,
  query: string,
  titleOf: (id: string) => string | undefined,
  limit = 5,
): NoteHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: NoteHit[] = [];
  for (const [id, text] of Object.entries(notes)) {
    const title = titleOf(id) ?? id;
    const terms = new Set(indexTerms(`${title} ${text}`));
    const matched = words.map((w) => [...terms].find((t) => t.startsWith(w)));
    if (matched.some((t) => t === undefined)) continue;
    const lower = text.toLowerCase();
    const at = Math.max(0, lower.indexOf(words.find((w) => lower.includes(w)) ?? "\u0000"));
    hits.push({ id, title, excerpt: excerptAround(text, at), terms: words });
  }
  return hits.sort((a, b) => a.title.localeCompare(b.title)).slice(0, limit);
}
