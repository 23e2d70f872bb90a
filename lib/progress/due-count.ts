import "client-only";
import { isDueToday, questionsDueToday, questionsGradedToday, type Today } from "./today";
import type { Area } from "@/lib/storage/client";
import { readCardsLightly } from "./light-read";
import { reviewMinutes } from "@/lib/plan/client";

export interface TodaySummary {
  /** Questions due today, by today.ts's rule. */
  reviews: number;
  /** About how long they take, at the plan's cost per question and follow-up. */
  minutes: number;
  /** Questions with a step graded today. */
  practisedToday: number;
  /** Whether anything was ever graded here: a first visit is told where to start. */
  started: boolean;
}

/**
 * Today's reviews, read straight from storage, for the home page, without shipping the scheduler or
 * validator there. Unreadable data gives null rather than an error.
 */
export function todaySummary(area: Area | undefined, today: Today): TodaySummary | null {
  const cards = readCardsLightly(area);
  if (!cards) return null;
  const dueKeys = Object.keys(cards).filter((key) => isDueToday(cards[key], today));
  return {
    reviews: questionsDueToday(cards, today).length,
    minutes: dueKeys.reduce((sum, key) => sum + reviewMinutes(key), 0),
    practisedToday: questionsGradedToday(cards, today).length,
    started: Object.keys(cards).length > 0,
  };
}
