/**
 * Section pages hold at most this many questions, so a page's size stays bounded however large a
 * section grows (the growth benchmark builds 250-question sections).
 */
export const questionsPerPage = 25;

export const pageCount = (questionCount: number) => Math.max(1, Math.ceil(questionCount / questionsPerPage));

/** 1-based page on which the question at this 0-based position appears. */
export const pageOfIndex = (index: number) => Math.floor(index / questionsPerPage) + 1;

export function questionsOnPage<T>(questions: T[], page: number): T[] {
  return questions.slice((page - 1) * questionsPerPage, page * questionsPerPage);
}
