import "client-only";
import type { Outline } from "../../practice/deck";
import { cardKey, type Progress } from "../schema";
import { planDayOf } from "./days";
import type { PlanSettings } from "./plan-record";
import type { PlanCard } from "./schedule";

/** The sections the plan covers: those chosen, or every section when none is. */
export function sectionsInScope(outline: Outline, settings: PlanSettings): Outline["sections"] {
  const chosen = settings.scope.sections;
  const picked = outline.sections.filter((s) => chosen.includes(s.slug));
  return picked.length > 0 ? picked : outline.sections;
}

/** Each question in scope as the plan sees it; the plan schedules questions, follow-ups ride along. */
export function planCards(sections: Outline["sections"], progress: Progress): PlanCard[] {
  return sections.flatMap((s) =>
    s.questionIds.map((id) => {
      const card = progress.cards[cardKey(id)];
      return { id, due: card ? Date.parse(card.due) : null, stability: card?.stability ?? 0 };
    }),
  );
}

/** Questions whose first review fell on `day`: today's new cards already done. */
export function introducedOn(progress: Progress, day: string, dayStartHour: number): number {
  const first = new Map<string, number>();
  for (const review of progress.log) {
    if (review.undone || review.card.includes("#")) continue;
    if (!first.has(review.card)) first.set(review.card, review.time);
  }
  let count = 0;
  for (const time of first.values()) if (planDayOf(new Date(time), dayStartHour) === day) count += 1;
  return count;
}
