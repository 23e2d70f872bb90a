/**
 * Words as search sees them, shared by the index build and the browser so both split text alike.
 * Lower-cased runs of letters and digits; anything else separates words.
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words too common to tell questions apart. A query drops them when ranking, unless it has
 * nothing else ("what is this" still searches).
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    "a an and are as at be but by can do does for from how i if in into is it its me my of on or our so " +
    "than that the their then there these they this to too was we what when where which who why will with " +
    "you your"
  ).split(" "),
);

const keepsDouble = new Set(["l", "s", "z"]);

/**
 * A small suffix stemmer, so simple word forms meet: "grows", "growing" and "grow" all become
 * "grow", "caches" and "cached" become "cach". Applied alike to indexed text and to queries, so it
 * only has to be consistent, not linguistically right.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ["ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "running" -> "run", "stopped" -> "stop"; "calling" keeps its double l.
      const last = w.at(-1)!;
      if (w.length >= 4 && last === w.at(-2) && !keepsDouble.has(last) && !/[aeiou]/.test(last)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.length >= 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** The terms a text is indexed under: its words, stemmed. */
export const indexTerms = (text: string): string[] => tokenize(text).map(stem);

/** A query's words as search ranks them: stemmed, each once, without common words unless that leaves none. */
export function queryWords(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((w) => !stopWords.has(w));
  return [...new Set((meaningful.length > 0 ? meaningful : words).map(stem))];
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
