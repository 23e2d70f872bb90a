import "client-only";
import type { Outline } from "@/lib/deck";
import { cardKey, type Progress } from "./schema";
import { planDayOf, type PlanSettings, inPlanScope, type PlanCard } from "@/lib/plan/client";
import { effectiveDue, type Today } from "./today";

/** The sections the plan covers, by the same rule grading caps by (plan-scope.ts). */
export function sectionsInScope(outline: Outline, settings: PlanSettings): Outline["sections"] {
  return outline.sections.filter((s) => inPlanScope(settings.scope, s.track, s.slug));
}

/** A section's card keys: each question, then each of its follow-ups, which FSRS schedules as cards of their own. */
export const sectionKeys = (section: Outline["sections"][number]) =>
  section.questionIds.flatMap((id, i) => [
    cardKey(id),
    ...Array.from({ length: section.followUps[i] ?? 0 }, (_, n) => cardKey(id, n)),
  ]);

/**
 * Each card in scope as the plan sees it, follow-ups included. A card graded today is done for
 * today (lib/progress/today.ts): a learning step due minutes later waits for tomorrow, since its
 * misses were asked again within the session.
 */
export function planCards(sections: Outline["sections"], progress: Progress, today?: Today): PlanCard[] {
  return sections.flatMap(sectionKeys).map((id) => {
    const card = progress.cards[id];
    const due = card ? (today ? effectiveDue(card, today) : Date.parse(card.due)) : null;
    return { id, due, stability: card?.stability ?? 0 };
  });
}

/** The questions to practise for a day's cards: a follow-up is asked within its question's session. */
export const questionsOf = (keys: string[]) => [...new Set(keys.map((key) => key.split("#")[0]!))];

/** Cards (questions and follow-ups, of `keys` when given) whose first review fell on `day`: today's new cards already done. */
export function introducedOn(progress: Progress, day: string, dayStartHour: number, keys?: Set<string>): number {
  const first = new Map<string, number>();
  for (const review of progress.log) {
    if (review.undone || (keys && !keys.has(review.card))) continue;
    if (!first.has(review.card)) first.set(review.card, review.time);
  }
  let count = 0;
  for (const time of first.values()) if (planDayOf(new Date(time), dayStartHour) === day) count += 1;
  return count;
}
