import fc from "fast-check";
import { expect, test } from "vitest";
import { addDays, daysBetween, planDayOf, planDayStart } from "@/lib/plan/days";
import { planKey } from "@/lib/plan/plan-key";
import {
  deckPlaces,
  readSpreadSettings,
  scopeReviewMinutes,
  spreadCap,
  type SpreadSettings,
} from "@/lib/progress/spread-cap";
import { bufferDays, longestRunIn, reviewMinutes } from "@/lib/plan/spread";
import { buildPlan } from "@/lib/plan/schedule";
import { gradeCard, previewInterval } from "@/lib/progress/scheduler";
import { emptyProgress, ratings, type Progress, type StoredCard } from "@/lib/progress/schema";
import { areaOver } from "@/lib/storage/areas";
import type { Deck } from "@/lib/deck/deck";
import { MemoryStorage } from "./memory-storage";

const now = new Date(2026, 4, 4, 10);
const today = planDayOf(now, 4);
const daysLeft = 16;
const deadline = { date: addDays(today, daysLeft), dayStartHour: 4 };
const interview = planDayStart(deadline.date, 4);
const everything: SpreadSettings = { minutesPerDay: null, scope: { tracks: [], sections: [] } };

const deck: Deck = {
  tracks: [{ slug: "nodejs", title: "Node.js" }],
  sections: [
    { track: "nodejs", slug: "runtime", title: "Runtime" },
    { track: "nodejs", slug: "security", title: "Security" },
  ],
  questions: Array.from({ length: 60 }, (_, i) => ({
    id: `q${i}`,
    title: `Question ${i}`,
    track: "nodejs",
    section: i % 2 === 0 ? "runtime" : "security",
    difficulty: "foundation" as const,
    tags: [],
    followUpCount: 2,
  })),
};
const placeOf = deckPlaces(deck);
const deckMinutes = scopeReviewMinutes(deck, everything.scope);

/** A card FSRS would bring back long after the interview: a mature one, last seen a month ago. */
const matureCard = (): StoredCard => ({
  due: new Date(now.getTime() - 86_400_000).toISOString(),
  stability: 400,
  difficulty: 3,
  elapsedDays: 30,
  scheduledDays: 30,
  learningSteps: 0,
  reps: 6,
  lapses: 0,
  state: 2,
  lastReview: new Date(now.getTime() - 31 * 86_400_000).toISOString(),
  lastRating: "good",
  updatedAt: new Date(now.getTime() - 31 * 86_400_000).toISOString(),
});

/** Review minutes of the cards due on each plan day, counted from today. */
function loadByDay(progress: Progress): Map<number, number> {
  const load = new Map<number, number>();
  for (const [key, card] of Object.entries(progress.cards)) {
    const day = daysBetween(today, planDayOf(new Date(card.due), 4));
    load.set(day, (load.get(day) ?? 0) + reviewMinutes(key));
  }
  return load;
}

/** Grades each key "good" at `now` with the spread cap, one after another. */
function gradeAll(progress: Progress, keys: string[], settings: SpreadSettings) {
  for (const key of keys) {
    const cap = spreadCap(deadline, settings, now, key, progress, placeOf, deckMinutes);
    progress = gradeCard(progress, key, "good", now, cap).progress;
  }
  return progress;
}

const keysArb = fc.uniqueArray(
  fc
    .tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: -1, max: 1 }))
    .map(([q, f]) => (f < 0 ? `q${q}` : `q${q}#${f}`)),
  { minLength: 1, maxLength: 80 },
);

test("a capped review never falls after the start of the interview day", () => {
  fc.assert(
    fc.property(keysArb, fc.option(fc.integer({ min: 2, max: 60 }), { nil: null }), (keys, minutes) => {
      const start = { ...emptyProgress(), cards: Object.fromEntries(keys.map((k) => [k, matureCard()])) };
      const graded = gradeAll(start, keys, { ...everything, minutesPerDay: minutes });
      for (const key of keys) expect(Date.parse(graded.cards[key]!.due)).toBeLessThanOrEqual(interview.getTime());
    }),
  );
});

test("when the capped reviews fit the run-in, the interview day holds no more than the daily minutes", () => {
  fc.assert(
    fc.property(keysArb, fc.integer({ min: 2, max: 60 }), (keys, minutes) => {
      const total = keys.reduce((sum, k) => sum + reviewMinutes(k), 0);
      fc.pre(total <= (bufferDays + 1) * minutes - bufferDays);
      const start = { ...emptyProgress(), cards: Object.fromEntries(keys.map((k) => [k, matureCard()])) };
      const load = loadByDay(gradeAll(start, keys, { ...everything, minutesPerDay: minutes }));
      expect(load.get(daysLeft) ?? 0).toBeLessThanOrEqual(minutes);
    }),
  );
});

test("on a budget too small for the scope in three days, capped reviews spread over a longer run-in", () => {
  const keys = deck.questions.map((q) => q.id);
  const start = { ...emptyProgress(), cards: Object.fromEntries(keys.map((k) => [k, matureCard()])) };
  const days = [...loadByDay(gradeAll(start, keys, { ...everything, minutesPerDay: 10 })).keys()];
  expect(Math.min(...days)).toBeLessThan(daysLeft - bufferDays);
  expect(Math.min(...days)).toBeGreaterThanOrEqual(daysLeft - longestRunIn);
});

test("capping never takes a day before the interview over the daily minutes", () => {
  fc.assert(
    fc.property(
      keysArb,
      fc.integer({ min: 2, max: 30 }),
      fc.array(fc.integer({ min: 0, max: daysLeft - 1 }), { maxLength: 40 }),
      (keys, minutes, alreadyDue) => {
        // Cards not being graded, already due on some days: capping may not add to a day they fill.
        const waiting = Object.fromEntries(
          alreadyDue.map((d, i) => [
            `w${i}`,
            { ...matureCard(), due: planDayStart(addDays(today, d), 4).toISOString() },
          ]),
        );
        const places = (key: string) => (key.startsWith("w") ? { track: "nodejs", section: "runtime" } : placeOf(key));
        let progress: Progress = {
          ...emptyProgress(),
          cards: { ...waiting, ...Object.fromEntries(keys.map((k) => [k, matureCard()])) },
        };
        const before = loadByDay({ ...emptyProgress(), cards: waiting });
        const settings = { ...everything, minutesPerDay: minutes };
        for (const key of keys) {
          const cap = spreadCap(deadline, settings, now, key, progress, places, deckMinutes);
          progress = gradeCard(progress, key, "good", now, cap).progress;
        }
        for (const [day, load] of loadByDay(progress)) {
          if (day < daysLeft) expect(load).toBeLessThanOrEqual(Math.max(minutes, before.get(day) ?? 0));
        }
      },
    ),
  );
});

test("capped reviews are spread over the last days before the interview, not put on its morning", () => {
  const keys = deck.questions.map((q) => q.id);
  const start = { ...emptyProgress(), cards: Object.fromEntries(keys.map((k) => [k, matureCard()])) };
  const load = loadByDay(gradeAll(start, keys, everything));
  expect([...load.entries()].sort(([a], [b]) => a - b)).toEqual([
    [daysLeft - 3, 40],
    [daysLeft - 2, 40],
    [daysLeft - 1, 40],
  ]);
});

test("the same card in the same state is capped to the same day", () => {
  const progress = { ...emptyProgress(), cards: { q1: matureCard(), q2: matureCard() } };
  const first = spreadCap(deadline, everything, now, "q1", progress, placeOf, deckMinutes);
  expect(spreadCap(deadline, everything, now, "q1", progress, placeOf, deckMinutes)).toEqual(first);
});

test("a card graded in the last days before the interview is capped to its morning", () => {
  const eve = new Date(interview.getTime() - 2 * 86_400_000);
  const progress = { ...emptyProgress(), cards: { q1: matureCard() } };
  expect(spreadCap(deadline, everything, eve, "q1", progress, placeOf, deckMinutes)).toEqual({
    after: interview,
    at: interview,
  });
});

test("a card outside the plan's scope keeps FSRS's own interval", () => {
  const progress = { ...emptyProgress(), cards: { q1: matureCard() } };
  const settings = { ...everything, scope: { tracks: [], sections: ["nodejs/runtime"] } };
  expect(spreadCap(deadline, settings, now, "q1", progress, placeOf, deckMinutes)).toBeNull();
  expect(spreadCap(deadline, settings, now, "q0#1", progress, placeOf, deckMinutes)).not.toBeNull();
  expect(
    spreadCap(
      deadline,
      { ...everything, scope: { tracks: ["python"], sections: [] } },
      now,
      "q0",
      progress,
      placeOf,
      deckMinutes,
    ),
  ).toBeNull();
  const graded = gradeCard(
    progress,
    "q1",
    "good",
    now,
    spreadCap(deadline, settings, now, "q1", progress, placeOf, deckMinutes),
  );
  expect(Date.parse(graded.progress.cards.q1!.due)).toBeGreaterThan(interview.getTime());
});

test("every grade button previews the interval grading then stores", () => {
  const progress = { ...emptyProgress(), cards: { q1: matureCard(), q3: { ...matureCard(), stability: 2 } } };
  for (const key of ["q1", "q3"]) {
    const cap = spreadCap(deadline, everything, now, key, progress, placeOf, deckMinutes);
    const preview = previewInterval(progress, key, now, null, cap);
    for (const rating of ratings) {
      const stored = gradeCard(progress, key, rating, now, cap).progress.cards[key]!.due;
      expect(preview(rating)).toBe(Date.parse(stored) - now.getTime());
    }
  }
  expect(
    previewInterval(
      progress,
      "q1",
      now,
      null,
      spreadCap(deadline, everything, now, "q1", progress, placeOf, deckMinutes),
    )("easy") <
      interview.getTime() - now.getTime(),
  ).toBe(true);
});

test("the stored plan's minutes and scope are read loosely, and a version 1 scope's sections get their track", () => {
  const storage = new MemoryStorage();
  storage.setItem(
    planKey,
    JSON.stringify({ version: 1, minutesPerDay: 30, scope: { tracks: [], sections: ["runtime"] } }),
  );
  expect(readSpreadSettings(areaOver(storage))).toEqual({
    minutesPerDay: 30,
    scope: { tracks: [], sections: ["nodejs/runtime"] },
  });
  storage.setItem(
    planKey,
    JSON.stringify({ version: 2, minutesPerDay: "lots", scope: { tracks: "all", sections: [3] } }),
  );
  expect(readSpreadSettings(areaOver(storage))).toEqual(everything);
});

test("the plan's forecast puts a card graded today where grading caps it", () => {
  for (const key of ["q1", "q2", "q3", "q4", "q5", "q6#0"]) {
    const progress = { ...emptyProgress(), cards: { [key]: { ...matureCard(), due: now.toISOString() } } };
    const plan = buildPlan({
      cards: [{ id: key, due: now.getTime(), stability: 400 }],
      now,
      interviewDay: deadline.date,
      dayStartHour: 4,
    });
    if (plan.kind !== "plan") throw new Error("expected a plan");
    const planned = plan.days.filter((d) => d.reviewIds.includes(key)).map((d) => d.day);
    const cap = spreadCap(deadline, everything, now, key, progress, placeOf, deckMinutes)!;
    expect(planned.slice(0, 2)).toEqual([today, planDayOf(cap.at, 4)]);
  }
});
