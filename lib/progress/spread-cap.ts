import "client-only";
import type { Deck } from "@/lib/deck";
import type { Progress } from "./schema";
import {
  addDays,
  daysBetween,
  planDayOf,
  planDayStart,
  capInstant,
  rawPlan,
  readDeadline,
  type Cap,
  type Deadline,
  firstTrack,
  inPlanScope,
  sectionRef,
  type PlanScope,
  reviewMinutes,
  runIn,
  runInDays,
  spreadDay,
} from "@/lib/plan/client";
import { openArea, type Area } from "@/lib/storage/client";

/** What spreading needs beyond the date: the minutes a day and the scope, read as loosely as the date. */
export interface SpreadSettings {
  minutesPerDay: number | null;
  scope: PlanScope;
}

const strings = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];

/** The plan's minutes and scope from storage; a malformed scope reads as everything. */
export function readSpreadSettings(area: Area | undefined): SpreadSettings {
  const { version, minutesPerDay, scope } = rawPlan(area);
  const sections = strings(scope?.sections);
  return {
    minutesPerDay: Number.isInteger(minutesPerDay) && minutesPerDay > 0 ? minutesPerDay : null,
    scope: {
      tracks: strings(scope?.tracks),
      sections: version === 1 ? sections.map((s) => sectionRef(firstTrack, s)) : sections,
    },
  };
}

/** Where a card key's question sits, or undefined for a question no longer in the deck. */
export type PlaceOf = (key: string) => { track: string; section: string } | undefined;

export function deckPlaces(deck: Deck): PlaceOf {
  const places = new Map(deck.questions.map((q) => [q.id, { track: q.track, section: q.section }]));
  return (key) => places.get(key.split("#")[0]!);
}

/** Review minutes of every card (question and follow-up) of the deck within the plan's scope. */
export function scopeReviewMinutes(deck: Deck, scope: PlanScope): number {
  return deck.questions
    .filter((q) => inPlanScope(scope, q.track, q.section))
    .reduce((sum, q) => sum + reviewMinutes(q.id) + q.followUpCount * reviewMinutes(`${q.id}#0`), 0);
}

/**
 * The cap for grading `key` at `now`: null when no date lies ahead or the card is outside the plan's
 * scope (FSRS keeps its own interval); otherwise a review FSRS would put after the interview goes to
 * the quietest run-in day with room, counting the review minutes of the cards in scope already due
 * on each day. The run-in's length follows from the scope's review minutes (`scopeMinutes`) and the
 * daily budget. The plan's forecast places future reviews by the same rule (schedule.ts).
 */
export function spreadCap(
  deadline: Deadline | null,
  settings: SpreadSettings,
  now: Date,
  key: string,
  progress: Progress,
  placeOf: PlaceOf,
  scopeMinutes: number,
): Cap | null {
  const plain = capInstant(deadline, now);
  const inScope = (k: string) => {
    const place = placeOf(k);
    return place !== undefined && inPlanScope(settings.scope, place.track, place.section);
  };
  if (!deadline || !plain || !inScope(key)) return null;
  const today = planDayOf(now, deadline.dayStartHour);
  const [from, to] = runIn(daysBetween(today, deadline.date), runInDays(scopeMinutes, settings.minutesPerDay));
  const load: number[] = [];
  for (const [k, card] of Object.entries(progress.cards)) {
    if (k === key || !inScope(k)) continue;
    const day = daysBetween(today, planDayOf(new Date(card.due), deadline.dayStartHour));
    if (day >= from && day <= to) load[day] = (load[day] ?? 0) + reviewMinutes(k);
  }
  const day = spreadDay(load, from, to, key, settings.minutesPerDay ?? undefined);
  return { after: plain.after, at: planDayStart(addDays(today, day), deadline.dayStartHour) };
}

/** Grading's cap for each card of a deck in this browser, with the plan as stored when the grade lands. */
export function deckCap(deck: Deck) {
  const placeOf = deckPlaces(deck);
  return (key: string) => (progress: Progress, now: Date) => {
    const area = openArea("local");
    const settings = readSpreadSettings(area);
    return spreadCap(
      readDeadline(area),
      settings,
      now,
      key,
      progress,
      placeOf,
      scopeReviewMinutes(deck, settings.scope),
    );
  };
}
