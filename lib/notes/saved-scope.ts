/**
 * `?saved=bookmarked` keeps the questions bookmarked in this browser: a filter on /questions and a
 * scope on /practice. The one list of values both read.
 */
export const savedValues = ["bookmarked"] as const;
