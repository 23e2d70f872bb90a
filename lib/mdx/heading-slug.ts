/**
 * The fragment id of an answer's section heading, scoped by the question so that a section page
 * holding many answers never repeats an id. The table of contents and the heading share this.
 */
export function headingId(questionId: string, text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${questionId}--${slug || "section"}`;
}
