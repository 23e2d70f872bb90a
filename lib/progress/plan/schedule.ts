import "client-only";
import { addDays, daysBetween, planDayOf } from "./days";

/** One card in the plan's scope, as the plan needs it. */
export interface PlanCard {
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
      /** The fewest minutes a day that meet the plan from today. */
      minutesNeeded: number;
      /** False when the minutes given are fewer than the plan needs. */
      onTrack: boolean;
    };

// Rough costs of one question: answering it aloud, then checking against the model answer.
export const minutesPerNewCard = 4;
export const minutesPerReview = 2;
/** How many days before the interview every card should have been seen and reviewed once. */
export const bufferDays = 3;
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

function frameFor(daysLeft: number): Frame {
  // Short runs shrink the buffer, so a plan a few days out still fits an introduction and a review.
  const buffer = Math.min(bufferDays, Math.floor(daysLeft / 3));
  const introduceBy = Math.max(0, daysLeft - buffer - 1);
  return { days: daysLeft, buffer, introduceBy, reviewedBy: daysLeft === 0 ? 0 : daysLeft - buffer };
}

/** Anki-style load balancing: of the allowed days, the one with the fewest reviews planned. */
function quietestDay(load: number[], from: number, to: number): number {
  let best = from;
  for (let d = from + 1; d <= to; d++) if (load[d]! < load[best]!) best = d;
  return best;
}

interface Simulation {
  days: { newIds: string[]; reviewIds: string[] }[];
  feasible: boolean;
}

interface Run {
  cards: PlanCard[];
  today: string;
  dayStartHour: number;
  frame: Frame;
  introducedToday: number;
}

function simulate({ cards, today, dayStartHour, frame, introducedToday }: Run, capacity: number): Simulation {
  const last = frame.days;
  const load = new Array<number>(last + 1).fill(0);
  const buckets: Item[][] = Array.from({ length: last + 1 }, () => []);
  const backlog: Item[] = [];
  const finalDays = last - frame.buffer;
  // A review that would land after the interview goes to the quietest of its last few days instead;
  // a card already reviewed within those days needs no more, so they never fill up with repeats.
  const place = (item: Item, wanted: number, earliest: number) => {
    if (wanted > last && earliest - 1 >= finalDays) return;
    item.at = wanted <= last ? wanted : quietestDay(load, Math.max(earliest, finalDays), last);
    load[item.at]! += 1;
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
    else place(item, day, 0);
  }
  const fresh = cards.filter((c) => c.due === null).map((c) => c.id);
  const introduced: Item[] = [];
  const days: Simulation["days"] = [];

  for (let t = 0; t <= last; t++) {
    let left = capacity;
    const reviewIds: string[] = [];
    const due = [...backlog.splice(0), ...buckets[t]!];
    for (const item of due) {
      if (left < minutesPerReview) {
        backlog.push(item);
        continue;
      }
      left -= minutesPerReview;
      reviewIds.push(item.id);
      item.firstReview ??= t;
      item.interval = Math.max(item.interval + 1, Math.round(item.interval * growth));
      place(item, t + item.interval, t + 1);
    }
    const newIds: string[] = [];
    const remaining = fresh.length - introduced.length;
    if (remaining > 0) {
      const early = t === 0 ? introducedToday : 0;
      const quota =
        t <= frame.introduceBy ? Math.ceil((remaining + early) / (frame.introduceBy - t + 1)) - early : remaining;
      const affordable = Math.max(0, Math.min(quota, Math.floor(left / minutesPerNewCard)));
      for (const id of fresh.slice(introduced.length, introduced.length + affordable)) {
        const item: Item = { id, at: t, interval: 1, firstReview: null, isNew: true };
        introduced.push(item);
        newIds.push(id);
        place(item, t + 1, t + 1);
      }
      if (affordable > 0) left -= affordable * minutesPerNewCard;
    }
    days.push({ newIds, reviewIds });
  }

  const allIntroduced =
    introduced.length === fresh.length && days.every((d, t) => d.newIds.length === 0 || t <= frame.introduceBy);
  const allReviewed =
    last === 0 || introduced.every((i) => i.firstReview !== null && i.firstReview <= frame.reviewedBy);
  return { days, feasible: backlog.length === 0 && allIntroduced && allReviewed };
}

/** The least whole number of minutes a day for which the plan works. */
function leastMinutes(run: (capacity: number) => Simulation, cards: number, days: number): number {
  let high = (cards * (minutesPerNewCard + minutesPerReview * (days + 2))) | 0;
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
  const frame = frameFor(daysLeft);
  const setting = { ...input, today, frame, introducedToday: input.introducedToday ?? 0 };
  const run = (capacity: number) => simulate(setting, capacity);
  const minutesNeeded = leastMinutes(run, input.cards.length, daysLeft);
  const given = input.minutesPerDay;
  const onTrack = given === undefined || (given >= minutesNeeded && run(given).feasible);
  const chosen = run(onTrack && given !== undefined ? given : minutesNeeded);
  return {
    kind: "plan",
    today,
    introduceBy: addDays(today, frame.introduceBy),
    reviewedBy: addDays(today, frame.reviewedBy),
    days: chosen.days.map((d, i) => ({
      day: addDays(today, i),
      ...d,
      minutes: d.newIds.length * minutesPerNewCard + d.reviewIds.length * minutesPerReview,
    })),
    minutesNeeded,
    onTrack,
  };
}
