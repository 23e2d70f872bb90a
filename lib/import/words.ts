import "server-only";
/** Entities that appear in titles and attribute values of real pages. */
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", nbsp: " " };

export const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => entities[name]!);

/** The words of a text, lower-cased, ignoring markup and punctuation: the unit of word accounting. */
export function wordsOf(text: string): string[] {
  return (
    decodeEntities(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Jaccard similarity of two word sets: shared words over all words. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Words that carry meaning for matching (drops short function words). */
export const signatureOf = (text: string) => new Set(wordsOf(text).filter((w) => w.length > 2));
