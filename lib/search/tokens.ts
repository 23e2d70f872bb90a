/**
 * Words as search sees them, shared by the index build and the browser so both split text alike.
 * Lower-cased runs of letters and digits; anything else separates words.
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many edits a query word may be from an indexed word: about one per five letters. */
export const maxEdits = (word: string) => Math.min(2, Math.round(word.length * 0.2));

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`, so scanning a whole
 * vocabulary for near spellings stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * How much an indexed word counts for a query word: 1 when equal, less for a longer word the query
 * is the start of (typing is unfinished), less again for a near spelling, 0 otherwise.
 */
export function termWeight(query: string, term: string, allowPrefix: boolean): number {
  if (term === query) return 1;
  if (allowPrefix && term.startsWith(query))
    return (0.4 * query.length) / (query.length + 0.3 * (term.length - query.length));
  const limit = maxEdits(query);
  if (limit === 0) return 0;
  const distance = editDistance(query, term, limit);
  return distance <= limit ? (0.45 * query.length) / (query.length + distance) : 0;
}
