import type { Rating, StoredCard } from "@/lib/progress/client";
import { wholeUnits } from "./intervals";

/** How far away a due date is, in the largest whole unit that fits. */
export function dueIn(due: string, now: Date): string {
  const ms = Date.parse(due) - now.getTime();
  if (ms <= 0) return "due now";
  const [n, unit] = wholeUnits(ms);
  return `due in ${n} ${unit}${n === 1 ? "" : "s"}`;
}

const gradeLabel = (rating: Rating) => rating[0]!.toUpperCase() + rating.slice(1);

/** What another tab did to the card on screen, in the words of the notice shown on it. */
export function describeOtherTabGrade(card: StoredCard, now: Date): string {
  return `Graded in another tab: ${gradeLabel(card.lastRating)}, ${dueIn(card.due, now)}.`;
}
