import fc from "fast-check";
import { expect, test } from "vitest";
import { addDays, planDayOf } from "@/lib/plan/days";
import { buildPlan, minutesPerNewCard, minutesPerReview, type Plan, type PlanCard } from "@/lib/plan/schedule";

const now = new Date(2026, 4, 4, 10);
const today = planDayOf(now, 4);
const day = 86_400_000;

const newCards = (n: number): PlanCard[] =>
  Array.from({ length: n }, (_, i) => ({ id: `q${i}`, due: null, stability: 0 }));

/** Cards in scope: some never practised, some due (or overdue) on various days. */
const cardsArb = fc
  .array(
    fc.oneof(
      fc.constant<{ due: number | null; stability: number }>({ due: null, stability: 0 }),
      fc.record({
        due: fc.integer({ min: -20 * 24, max: 90 * 24 }).map((h) => now.getTime() + h * 3_600_000),
        stability: fc.double({ min: 0.1, max: 200, noNaN: true }),
      }),
    ),
    { maxLength: 40 },
  )
  .map((cards) => cards.map((c, i) => ({ id: `q${i}`, ...c })));

const inputArb = fc.record({
  cards: cardsArb,
  daysAhead: fc.integer({ min: 0, max: 45 }),
  minutesPerDay: fc.option(fc.integer({ min: 4, max: 90 }), { nil: undefined }),
});

function planFor({
  cards,
  daysAhead,
  minutesPerDay,
}: {
  cards: PlanCard[];
  daysAhead: number;
  minutesPerDay?: number;
}) {
  const plan = buildPlan({ cards, now, interviewDay: addDays(today, daysAhead), dayStartHour: 4, minutesPerDay });
  if (plan.kind !== "plan") throw new Error("expected a plan");
  return plan;
}

type Planned = Extract<Plan, { kind: "plan" }>;
/** The plan's days before the interview: the interview morning is a last look the cap sends everything to. */
const beforeInterview = (plan: Planned) => (plan.days.length > 1 ? plan.days.slice(0, -1) : plan.days);
const dayOfReview = (plan: Planned, id: string) => plan.days.find((d) => d.reviewIds.includes(id))?.day;

test("no review is ever planned after the interview day", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const plan = planFor(input);
      expect(plan.days.at(-1)?.day).toBe(addDays(today, input.daysAhead));
      expect(plan.days.map((d) => d.day)).toEqual(
        Array.from({ length: input.daysAhead + 1 }, (_, i) => addDays(today, i)),
      );
    }),
  );
});

test("daily load never exceeds the minutes given, on track or behind", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const plan = planFor(input);
      const cap = input.minutesPerDay ?? plan.minutesNeeded;
      for (const d of beforeInterview(plan)) expect(d.minutes).toBeLessThanOrEqual(cap);
    }),
  );
});

test("on track, every new card is introduced once, by the introduction day, before the interview", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const plan = planFor(input);
      fc.pre(plan.onTrack);
      const fresh = input.cards.filter((c) => c.due === null).map((c) => c.id);
      const introduced = plan.days.flatMap((d) => d.newIds.map((id) => ({ id, day: d.day })));
      expect(introduced.map((i) => i.id).sort()).toEqual([...fresh].sort());
      for (const { day: at } of introduced) expect(at <= plan.introduceBy).toBe(true);
      if (input.daysAhead > 0) expect(plan.introduceBy < addDays(today, input.daysAhead)).toBe(true);
    }),
  );
});

test("on track, every new card has its first review by the review day, a few days before the interview", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      fc.pre(input.daysAhead > 0);
      const plan = planFor(input);
      fc.pre(plan.onTrack);
      for (const card of input.cards.filter((c) => c.due === null)) {
        const reviewed = dayOfReview(plan, card.id);
        expect(reviewed !== undefined && reviewed <= plan.reviewedBy).toBe(true);
      }
    }),
  );
});

test("a card due after the interview is still reviewed before it, in the run-in, then on the morning", () => {
  const cards = [{ id: "late", due: now.getTime() + 60 * day, stability: 80 }];
  const plan = planFor({ cards, daysAhead: 10 });
  const reviewed = plan.days.filter((d) => d.reviewIds.includes("late")).map((d) => d.day);
  expect(reviewed[0]! >= addDays(today, 7) && reviewed[0]! <= addDays(today, 9)).toBe(true);
  expect(reviewed.at(-1)).toBe(addDays(today, 10));
});

test("fourteen days out, cards are introduced by day ten and reviewed by day eleven", () => {
  const plan = planFor({ cards: newCards(10), daysAhead: 14 });
  expect([plan.introduceBy, plan.reviewedBy]).toEqual([addDays(today, 10), addDays(today, 11)]);
});

test("new cards are spread evenly over the days before the introduction day", () => {
  const plan = planFor({ cards: newCards(22), daysAhead: 14, minutesPerDay: 60 });
  expect(plan.days.map((d) => d.newIds.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0]);
});

test("a backlog after missed days is spread over the following days, not piled on one", () => {
  const overdue = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, due: now.getTime() - 3 * day, stability: 5 }));
  const plan = planFor({ cards: overdue, daysAhead: 20, minutesPerDay: 20 });
  expect(plan.onTrack).toBe(true);
  expect(plan.days.slice(0, 3).map((d) => d.reviewIds.length)).toEqual([10, 10, 10]);
});

test("minutes needed rise when the same work has fewer days left", () => {
  const cards = newCards(30);
  const early = planFor({ cards, daysAhead: 20 });
  const late = planFor({ cards, daysAhead: 8 });
  expect(late.minutesNeeded).toBeGreaterThan(early.minutesNeeded);
});

test("too few minutes a day puts the plan behind, names the minutes needed, and keeps every day to the minutes given", () => {
  const plan = planFor({ cards: newCards(40), daysAhead: 10, minutesPerDay: 5 });
  expect(plan.onTrack).toBe(false);
  expect(plan.minutesNeeded).toBeGreaterThan(5);
  expect(beforeInterview(plan).every((d) => d.minutes <= 5)).toBe(true);
});

test("a day's minutes are its new cards and reviews at their set costs", () => {
  const plan = planFor({
    cards: [...newCards(1), { id: "r", due: now.getTime(), stability: 3 }],
    daysAhead: 5,
    minutesPerDay: 30,
  });
  expect(plan.days[0]).toEqual({
    day: today,
    newIds: ["q0"],
    reviewIds: ["r"],
    minutes: minutesPerNewCard + minutesPerReview,
  });
});

test("a date already gone gives no plan", () => {
  expect(buildPlan({ cards: newCards(3), now, interviewDay: addDays(today, -1), dayStartHour: 4 })).toEqual({
    kind: "past",
  });
});

test("new cards already introduced today count towards today's share", () => {
  const cards = newCards(20);
  const plan = buildPlan({
    cards,
    now,
    interviewDay: addDays(today, 14),
    dayStartHour: 4,
    minutesPerDay: 60,
    introducedToday: 2,
  });
  expect(plan.kind === "plan" && plan.days.slice(0, 3).map((d) => d.newIds.length)).toEqual([0, 2, 2]);
});
