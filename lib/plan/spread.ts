import "client-only";

/** How many days before the interview every card should have been seen and reviewed once. */
export const bufferDays = 3;

/** The plan's buffer before an interview `daysLeft` days away: short runs shrink it, so a plan a few days out still fits an introduction and a review. */
export const bufferFor = (daysLeft: number) => Math.min(bufferDays, Math.floor(daysLeft / 3));

/** Minutes one review takes: a question is answered in full, a follow-up (key `id#n`) briefly. */
export const reviewMinutes = (key: string) => (key.includes("#") ? 1 : 2);

/** The longest run-in: a review further ahead of the interview than this would fade before it. */
export const longestRunIn = 14;

/**
 * How many days the run-in spans: at least `bufferDays`, and with a daily budget enough days that
 * one review of every card in scope fits it, with room left for the reviews already due there. So a
 * large scope on a small budget spreads its last reviews over more days instead of never fitting.
 */
export function runInDays(scopeMinutes: number, minutesPerDay: number | null | undefined): number {
  if (!minutesPerDay) return bufferDays;
  return Math.min(longestRunIn, Math.max(bufferDays, Math.ceil((scopeMinutes * 1.25) / minutesPerDay)));
}

/**
 * The days, counted from the day of grading, that a review FSRS would put after the interview may
 * go to instead: the run-in (the last `days` days before the interview) and the interview day itself.
 * A card graded within the run-in goes to the interview morning: sent to a later run-in day it
 * would be reviewed there and capped again, until every card crowded the last day before the
 * interview. So each card has one review in the run-in and a last look on the morning.
 */
export function runIn(daysLeft: number, days = bufferDays): [from: number, to: number] {
  return [daysLeft > days ? daysLeft - days : daysLeft, daysLeft];
}

/** A number of the card's own, so ties between equally quiet days fall one way for a card but differ between cards. */
function seedOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h >>> 0;
}

/**
 * Which of the days `from` to `to` (`to` is the interview day) a capped review goes to: of the days
 * before the interview, the one with the fewest review minutes (`load`) that still has room for it
 * within `capacity`, so capped reviews spread over the run-in instead of all falling on the
 * interview morning. Only when none has room does the interview day take it, so capping never
 * pushes a day before it over the cap.
 */
export function spreadDay(load: readonly number[], from: number, to: number, key: string, capacity = Infinity) {
  const span = to - from;
  const seed = seedOf(key) % Math.max(1, span);
  let best = to;
  let least = Infinity;
  for (let i = 0; i < span; i++) {
    const day = from + ((seed + i) % span);
    const minutes = load[day] ?? 0;
    if (minutes + reviewMinutes(key) <= capacity && minutes < least) [best, least] = [day, minutes];
  }
  return best;
}
