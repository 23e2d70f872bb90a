import type { Rating, StoredCard } from "../progress/schema";

const labels: Record<Rating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** How far away a due date is, in the largest whole unit that fits. */
export function dueIn(due: string, now: Date): string {
  const ms = Date.parse(due) - now.getTime();
  if (ms <= 0) return "due now";
  if (ms < hour) return `due in ${plural(Math.max(1, Math.round(ms / minute)), "minute")}`;
  if (ms < day) return `due in ${plural(Math.round(ms / hour), "hour")}`;
  return `due in ${plural(Math.round(ms / day), "day")}`;
}

/** What another tab did to the card on screen, in the words of the notice shown on it. */
export function describeOtherTabGrade(card: StoredCard, now: Date): string {
  return `Graded in another tab: ${labels[card.lastRating]}, ${dueIn(card.due, now)}.`;
}
