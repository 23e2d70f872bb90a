import "client-only";
import { addDays, defaultDayStartHour, planDayOf, planDayStart } from "@/lib/plan/client";
import { questionOfKey } from "./track-scope";
import type { StoredCard } from "./schema";

/** What the rule reads of a stored card; light reads and full records both have it. */
export type TodayCard = Pick<StoredCard, "due" | "lastReview">;

export interface Today {
  /** When today began and when it ends, at the plan's day-start hour (4 am unless a plan sets it). */
  start: Date;
  end: Date;
}

export function todayAt(now: Date, dayStartHour = defaultDayStartHour): Today {
  const day = planDayOf(now, dayStartHour);
  return { start: planDayStart(day, dayStartHour), end: planDayStart(addDays(day, 1), dayStartHour) };
}

/**
 * The one "due today" rule, for home, the set-up, the badges and the plan: a card is due today when
 * FSRS wants it before today ends and it was not graded today. A card graded today and back in
 * learning (due minutes later) is done for today: its misses were asked again within the session.
 */
export function isDueToday(card: TodayCard | undefined, today: Today): boolean {
  if (!card || Date.parse(card.due) >= today.end.getTime()) return false;
  return card.lastReview === undefined || Date.parse(card.lastReview) < today.start.getTime();
}

/** Whether a card was graded today. */
export const gradedToday = (card: TodayCard | undefined, today: Today) =>
  card?.lastReview !== undefined && Date.parse(card.lastReview) >= today.start.getTime();

/** When a card next counts as due, in ms: a card graded today waits at least until tomorrow. */
export const effectiveDue = (card: TodayCard, today: Today): number =>
  gradedToday(card, today) ? Math.max(Date.parse(card.due), today.end.getTime()) : Date.parse(card.due);

/** Questions (not follow-ups) due today: those whose own card or any follow-up's card is. In key order. */
export function questionsDueToday(cards: Record<string, TodayCard>, today: Today): string[] {
  const ids = new Set<string>();
  for (const [key, card] of Object.entries(cards)) if (isDueToday(card, today)) ids.add(questionOfKey(key));
  return [...ids];
}

/** Questions with any step graded today. */
export function questionsGradedToday(cards: Record<string, TodayCard>, today: Today): string[] {
  const ids = new Set<string>();
  for (const [key, card] of Object.entries(cards)) if (gradedToday(card, today)) ids.add(questionOfKey(key));
  return [...ids];
}

/**
 * Questions due on each of the next `days` plan days, today first (today includes anything
 * overdue). A question counts once, on the day its first step falls due; a step graded today counts
 * from tomorrow, as today's rule has it.
 */
export function questionsDueByDay(cards: Record<string, TodayCard>, today: Today, days = 7): number[] {
  const first = new Map<string, number>();
  for (const [key, card] of Object.entries(cards)) {
    const due = effectiveDue(card, today);
    const id = questionOfKey(key);
    first.set(id, Math.min(first.get(id) ?? Infinity, due));
  }
  const counts = new Array<number>(days).fill(0);
  const dayMs = 86_400_000;
  for (const due of first.values()) {
    // Whole days past today's end, via the start hour of each day (a DST day is off by an hour at most).
    const index = due < today.end.getTime() ? 0 : Math.floor((due - today.end.getTime()) / dayMs) + 1;
    if (index < days) counts[index]! += 1;
  }
  return counts;
}
