import "client-only";
import { lightStatus, type LightCard } from "./light-read";
import { questionOfKey } from "./track-scope";
import { isDueToday, todayAt, type Today } from "./today";

/** What a question's badge says, in the order a learner meets them. */
export const questionStatuses = ["new", "learning", "due", "mastered"] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/**
 * Reads each question's status from its stored cards: the question's own card (keyed by its id)
 * and its follow-ups' cards (keyed `id#n`).
 * - new: the question itself was never graded;
 * - due: the question or one of its follow-ups is due today and was not graded today
 *   (lib/progress/today.ts), as home and practice's "Due only" count it;
 * - mastered: not due, in review, and FSRS expects it to be remembered for `masteredStabilityDays`
 *   or more (the mastery chart's rule);
 * - learning: anything else that was graded (learning, relearning, or review with less stability).
 */
export function statusReader(
  cards: Record<string, LightCard>,
  now: Date,
  today: Today = todayAt(now),
): (id: string) => QuestionStatus {
  const dueIds = new Set<string>();
  for (const [key, card] of Object.entries(cards)) {
    if (isDueToday(card, today)) dueIds.add(questionOfKey(key));
  }
  return (id) => {
    const own = cards[id];
    if (!own || own.state === 0) return "new";
    if (dueIds.has(id)) return "due";
    return lightStatus(own) === "mastered" ? "mastered" : "learning";
  };
}
