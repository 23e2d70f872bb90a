import "client-only";
import { addDays, daysBetween, planDayOf } from "./days";
import { bufferDays, bufferFor, reviewMinutes, runIn, runInDays, spreadDay } from "./spread";

/** One card in the plan's scope, as the plan needs it: a question, or one of its follow-ups. */
export interface PlanCard {
  /** The card's key: a question id, or `id#n` for its follow-up n. */
  id: string;
  /** When FSRS next wants it, in ms since the epoch; null for a card never practised. */
  due: number | null;
  /** FSRS stability in days; 0 for a new card. */
  stability: number;
}

export interface PlanInput {
  cards: PlanCard[];
  now: Date;
  /** The interview day, YYYY-MM-DD. */
  interviewDay: string;
  dayStartHour: number;
  /** What the user has each day; without it the plan asks for the least that works. */
  minutesPerDay?: number;
  /** New cards already introduced today, which count towards today's share. */
  introducedToday?: number;
}

export interface PlanDay {
  day: string;
  newIds: string[];
  reviewIds: string[];
  minutes: number;
}

export type Plan =
  | { kind: "past" }
  | {
      kind: "plan";
      today: string;
      /** Every new card is introduced by this day... */
      introduceBy: string;
      /** ...and has had its first review by this one, a few days before the interview. */
      reviewedBy: string;
      days: PlanDay[];
      /** The fewest minutes a day that meet the plan from today: the busiest day's load at that budget. */
      minutesNeeded: number;
      /** False when the minutes given are fewer than the plan needs. */
      onTrack: boolean;
      /** Behind only: the earliest interview day the minutes given would meet, or null if none within two years. */
      dayThatFits: string | null;
      /** How many days before the interview the last review of every card in scope is spread over. */
      runInDays: number;
    };

// Rough costs of one question: answering it aloud, then checking against the model answer. A
// follow-up is answered more briefly and costs half (spread.ts).
export const minutesPerNewCard = 4;
export const minutesPerReview = 2;
const newMinutes = (key: string) => (minutesPerNewCard / minutesPerReview) * reviewMinutes(key);
/** How fast intervals grow after each review, assuming "Good"; a forecast, not FSRS itself. */
const growth = 2.5;

interface Item {
  id: string;
  /** Day index the review is planned for (relative to today; negative is overdue). */
  at: number;
  interval: number;
  firstReview: number | null;
  isNew: boolean;
}

interface Frame {
  days: number;
  buffer: number;
  introduceBy: number;
  reviewedBy: number;
}

function frameFor(daysLeft: number, runInLength: number): Frame {
  // Short runs shrink the buffer, so a plan a few days out still fits an introduction and a review.
  // A longer run-in (a budget too small for three days of last reviews) is kept free of new cards.
  const buffer = Math.min(Math.max(bufferFor(daysLeft), runInLength), Math.floor(daysLeft / 3));
  const introduceBy = Math.max(0, daysLeft - buffer - 1);
  return { days: daysLeft, buffer, introduceBy, reviewedBy: daysLeft === 0 ? 0 : daysLeft - buffer };
}

interface Simulation {
  days: { newIds: string[]; reviewIds: string[]; minutes: number }[];
  feasible: boolean;
}

interface Run {
  cards: PlanCard[];
  today: string;
  dayStartHour: number;
  frame: Frame;
  introducedToday: number;
  /** The run-in's length in days (spread.ts). */
  runInDays: number;
}

function simulate(
  { cards, today, dayStartHour, frame, introducedToday, runInDays }: Run,
  capacity: number,
): Simulation {
  const last = frame.days;
  const load = new Array<number>(last + 1).fill(0);
  const buckets: Item[][] = Array.from({ length: last + 1 }, () => []);
  const backlog: Item[] = [];
  // A review that would land after the interview goes where grading caps it (spread-cap.ts): the
  // quietest run-in day with room, counted from the day of the review. Reviewed on the interview
  // day itself, a card is free of the cap and leaves the plan.
  // Sent to the interview morning only because the days before it were full: the plan does not fit.
  let crowded = false;
  const place = (item: Item, wanted: number, reviewed: number) => {
    if (wanted > last && reviewed >= last) return;
    const [from, to] = runIn(last - reviewed, runInDays);
    item.at = wanted <= last ? wanted : spreadDay(load, reviewed + from, reviewed + to, item.id, capacity);
    if (wanted > last && from < to && item.at === last) crowded = true;
    load[item.at]! += reviewMinutes(item.id);
    buckets[item.at]!.push(item);
  };

  const started = cards
    .filter((c) => c.due !== null)
    .map((c) => ({ card: c, day: daysBetween(today, planDayOf(new Date(c.due!), dayStartHour)) }))
    .sort((a, b) => a.day - b.day || (a.card.id < b.card.id ? -1 : 1));
  for (const { card, day } of started) {
    const item: Item = {
      id: card.id,
      at: day,
      interval: Math.max(1, Math.round(card.stability)),
      firstReview: null,
      isNew: false,
    };
    if (day < 0) backlog.push(item);
    else place(item, day, Math.min(0, last - 1));
  }
  const fresh = cards.filter((c) => c.due === null).map((c) => c.id);
  const introduced: Item[] = [];
  const days: Simulation["days"] = [];

  let cleared = true;
  for (let t = 0; t <= last; t++) {
    // The interview morning takes whatever is due then: every card last reviewed in the run-in is
    // capped to it, and the cap lifts that day, so it is a last look the plan does not require.
    const isInterview = t === last && last > 0;
    if (isInterview) cleared = backlog.length === 0;
    let left = isInterview ? Infinity : capacity;
    const reviewIds: string[] = [];
    const due = [...backlog.splice(0), ...buckets[t]!];
    for (const item of due) {
      if (left < reviewMinutes(item.id)) {
        backlog.push(item);
        continue;
      }
      left -= reviewMinutes(item.id);
      reviewIds.push(item.id);
      item.firstReview ??= t;
      item.interval = Math.max(item.interval + 1, Math.round(item.interval * growth));
      place(item, t + item.interval, t);
    }
    const newIds: string[] = [];
    const remaining = fresh.length - introduced.length;
    if (remaining > 0) {
      const early = t === 0 ? introducedToday : 0;
      const quota =
        t <= frame.introduceBy ? Math.ceil((remaining + early) / (frame.introduceBy - t + 1)) - early : remaining;
      // Fresh cards come question first, then its follow-ups, so a question's ladder is mostly introduced together.
      for (const id of fresh.slice(introduced.length, introduced.length + Math.max(0, quota))) {
        if (left < newMinutes(id)) break;
        left -= newMinutes(id);
        const item: Item = { id, at: t, interval: 1, firstReview: null, isNew: true };
        introduced.push(item);
        newIds.push(id);
        place(item, t + 1, t);
      }
    }
    const minutes =
      reviewIds.reduce((sum, id) => sum + reviewMinutes(id), 0) + newIds.reduce((sum, id) => sum + newMinutes(id), 0);
    days.push({ newIds, reviewIds, minutes });
  }

  const allIntroduced =
    introduced.length === fresh.length && days.every((d, t) => d.newIds.length === 0 || t <= frame.introduceBy);
  const allReviewed =
    last === 0 || introduced.every((i) => i.firstReview !== null && i.firstReview <= frame.reviewedBy);
  return { days, feasible: !crowded && cleared && backlog.length === 0 && allIntroduced && allReviewed };
}

/** The least whole number of minutes a day for which the plan works. */
function leastMinutes(run: (capacity: number) => Simulation, cards: number, days: number): number {
  let high = (cards * (minutesPerNewCard + minutesPerReview * (days + 2))) | 0;
  // Placement depends on the capacity, so feasibility is not strictly monotonic: settle on one that works.
  for (let tries = 0; tries < 20 && !run(high).feasible; tries++) high = high * 2 + 1;
  let low = 0;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (run(mid).feasible) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * A day-by-day plan from today to the interview: due reviews first (a backlog from missed days is
 * spread over the following days rather than piled on one), then new cards spread evenly so that
 * every card is introduced and reviewed once a few days before the date. No review is planned
 * after the interview.
 */
export function buildPlan(input: PlanInput): Plan {
  const today = planDayOf(input.now, input.dayStartHour);
  const daysLeft = daysBetween(today, input.interviewDay);
  if (daysLeft < 0) return { kind: "past" };
  const scopeMinutes = input.cards.reduce((sum, c) => sum + reviewMinutes(c.id), 0);
  const given = input.minutesPerDay;
  // Grading spreads the last reviews over a run-in sized by the budget; without one, over the
  // shortest run-in, and the plan asks for the minutes that takes.
  const runInFor = (capacity: number) => (given === undefined ? bufferDays : runInDays(scopeMinutes, capacity));
  const setting = { ...input, today, introducedToday: input.introducedToday ?? 0 };
  const runFor = (days: number, capacity: number) => {
    const runInDays = runInFor(capacity);
    return simulate({ ...setting, frame: frameFor(days, runInDays), runInDays }, capacity);
  };
  const run = (capacity: number) => runFor(daysLeft, capacity);
  const minutesNeeded = leastMinutes(run, input.cards.length, daysLeft);
  const onTrack = given === undefined || run(given).feasible;
  // With a budget every day keeps to it, even when that leaves the date unmet (the page says so).
  const capacity = given ?? minutesNeeded;
  const chosen = run(capacity);
  const fitsIn = (days: number) => runFor(days, capacity).feasible;
  const frame = frameFor(daysLeft, runInFor(capacity));
  const later = onTrack ? null : earliestFitting(daysLeft, fitsIn);
  return {
    kind: "plan",
    today,
    introduceBy: addDays(today, frame.introduceBy),
    reviewedBy: addDays(today, frame.reviewedBy),
    days: chosen.days.map((d, i) => ({ day: addDays(today, i), ...d })),
    minutesNeeded,
    onTrack,
    dayThatFits: later === null ? null : addDays(today, later),
    runInDays: runInFor(capacity),
  };
}

/** The fewest days after `daysLeft` for which `fits` holds (doubling, then halving), or null within two years. */
export function earliestFitting(daysLeft: number, fits: (days: number) => boolean, limit = 730): number | null {
  let low = daysLeft;
  let high = daysLeft + 1;
  while (!fits(high)) {
    if (high >= limit) return null;
    low = high;
    high = Math.min(limit, daysLeft + (high - daysLeft) * 2);
  }
  // Feasibility is nearly monotonic in the days left; settle on the first found that works.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return high;
}
