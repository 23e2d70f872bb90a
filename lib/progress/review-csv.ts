import "client-only";
import type { Progress } from "./schema";

/** The review log's columns, named as the open fsrs-optimizer reads them. */
export const reviewCsvHeader = "card_id,review_time,review_rating,review_state,review_duration";

/** A spreadsheet reads a cell starting with one of these as a formula. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/**
 * One CSV field by RFC 4180, made inert for spreadsheets: a leading formula character gets a `'`
 * first, and a field holding a comma, quote or line break is quoted with its quotes doubled.
 */
export function csvField(value: string | number): string {
  const text = String(value);
  const inert = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/**
 * The review log as CSV for optimising FSRS parameters elsewhere: one row per review not undone,
 * oldest first, lines ended by CRLF as RFC 4180 asks. Card ids are checked when stored, but every
 * field is escaped anyway, since the file is opened in spreadsheets. A review logged before
 * durations were measured has a duration of 0.
 */
export function reviewLogCsv(progress: Progress): string {
  const rows = progress.log
    .filter((r) => !r.undone)
    .sort((a, b) => a.time - b.time)
    .map((r) => [r.card, r.time, r.rating, r.state, r.duration ?? 0].map(csvField).join(","));
  return [reviewCsvHeader, ...rows].join("\r\n") + "\r\n";
}
