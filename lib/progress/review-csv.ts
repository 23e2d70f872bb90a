import "client-only";
import type { Progress } from "./schema";

/** The review log's columns, named as the open fsrs-optimizer reads them. */
export const reviewCsvHeader = "card_id,review_time,review_rating,review_state,review_duration";

/**
 * The review log as CSV for optimising FSRS parameters elsewhere: one row per review not undone,
 * oldest first. Card ids are question slugs (with `#n` for follow-ups), so need no quoting; a
 * review logged before durations were measured has a duration of 0.
 */
export function reviewLogCsv(progress: Progress): string {
  const rows = progress.log
    .filter((r) => !r.undone)
    .sort((a, b) => a.time - b.time)
    .map((r) => `${r.card},${r.time},${r.rating},${r.state},${r.duration ?? 0}`);
  return [reviewCsvHeader, ...rows].join("\n") + "\n";
}
