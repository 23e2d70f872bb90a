/**
 * Section pages are split by weight, not only by count: a page takes questions in order until the
 * next one would push its compiled answers past `maxPageWeight` characters (or past
 * `maxQuestionsPerPage`). A code-heavy section therefore spans more pages, and every page stays
 * inside its size budget however large a section grows (the growth benchmark builds 250-question
 * sections). A page always holds at least one question.
 */
export const maxQuestionsPerPage = 25;
export const maxPageWeight = 160_000;

interface Weighed {
  code: string;
}

const cache = new WeakMap<readonly Weighed[], Weighed[][]>();

export function paginate<T extends Weighed>(questions: readonly T[]): T[][] {
  const hit = cache.get(questions);
  if (hit) return hit as T[][];
  const pages: T[][] = [[]];
  let weight = 0;
  for (const q of questions) {
    const current = pages.at(-1)!;
    const full = current.length >= maxQuestionsPerPage || weight + q.code.length > maxPageWeight;
    if (current.length > 0 && full) {
      pages.push([q]);
      weight = q.code.length;
    } else {
      current.push(q);
      weight += q.code.length;
    }
  }
  cache.set(questions, pages);
  return pages;
}

export const pageCount = (questions: readonly Weighed[]) => paginate(questions).length;

export function questionsOnPage<T extends Weighed>(questions: readonly T[], page: number): T[] {
  return paginate(questions)[page - 1] ?? [];
}

/** 1-based page on which this question appears, or 1 when it is not in the list. */
export function pageOf(questions: readonly Weighed[], question: Weighed): number {
  const index = paginate(questions).findIndex((p) => p.includes(question));
  return index < 0 ? 1 : index + 1;
}

/** How many questions come before this page, for numbering. */
export const offsetOfPage = (questions: readonly Weighed[], page: number) =>
  paginate(questions)
    .slice(0, page - 1)
    .reduce((n, p) => n + p.length, 0);

/** The all-questions list shows this many per page; filters search every page (lib/search/catalog.ts). */
export const catalogPageSize = 100;

export const catalogPageCount = (total: number) => Math.max(1, Math.ceil(total / catalogPageSize));

export const catalogPath = (page: number) => (page <= 1 ? "/questions" : `/questions/page/${page}`);

/** Route segments of page n in a `[[...page]]` route: none for page 1, then `page/<n>`. */
export const pageSegments = (page: number): string[] => (page <= 1 ? [] : ["page", String(page)]);

/** The page a `[[...page]]` route's segments name, or null unless it is 1 or `page/<2..count>`. */
export function pageFromSegments(segments: string[], count: number): number | null {
  if (segments.length === 0) return 1;
  const [word, digits] = segments;
  const page = segments.length === 2 && word === "page" && /^\d+$/.test(digits!) ? Number(digits) : NaN;
  return page >= 2 && page <= count ? page : null;
}
