import type { Rating } from "@/lib/progress/client";

export interface Suggestion {
  rating: Rating;
  reason: string;
}

/**
 * A grade the ticks point to; the user still chooses. Every point covered is Good, half or more
 * Hard, less Again; saying the red flag is Again whatever else was covered. Nothing is suggested
 * before any box or answer is given, or when there is no checklist.
 */
export function suggestGrade(ticked: number, total: number, saidRedFlag: boolean | null): Suggestion | null {
  if (total === 0 && saidRedFlag === null) return null;
  if (ticked === 0 && saidRedFlag === null) return null;
  const covered = total === 0 ? "" : `${ticked} of ${total} points covered`;
  if (saidRedFlag) return { rating: "again", reason: [covered, "the red flag said"].filter(Boolean).join(", ") };
  const flag = saidRedFlag === false ? ", no red flag" : "";
  if (total === 0) return { rating: "good", reason: "no red flag" };
  const share = ticked / total;
  const rating: Rating = share >= 1 ? "good" : share >= 0.5 ? "hard" : "again";
  return { rating, reason: `${covered}${flag}` };
}
