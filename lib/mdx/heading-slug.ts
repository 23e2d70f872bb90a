import GithubSlugger from "github-slugger";

/**
 * Fragment ids for one answer's section headings, in document order: GitHub's slugs (letters of
 * any script kept, a repeated heading numbered), scoped by the question so that a section page
 * holding many answers never repeats an id. One answer's table of contents and its headings each
 * make one of these and feed it the same headings in the same order, so their ids agree.
 */
export function headingSlugger(questionId: string): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => {
    const words = /[\p{L}\p{N}]/u.test(text) ? text : "section";
    return `${questionId}--${slugger.slug(words)}`;
  };
}

/** Every section heading's id, in order. */
export function headingIds(questionId: string, headings: readonly string[]): string[] {
  const slug = headingSlugger(questionId);
  return headings.map(slug);
}
