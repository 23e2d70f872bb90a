import { expect, test } from "vitest";
import { addDays, planDayOf } from "@/lib/plan/days";
import { loadOf } from "@/lib/plan/load";
import { buildPlan, earliestFitting, type PlanCard } from "@/lib/plan/schedule";
import { bufferDays, longestRunIn, runInDays } from "@/lib/plan/spread";

const now = new Date(2026, 4, 4, 10);
const today = planDayOf(now, 4);
const budget = 60;

/** `n` questions never practised, each with one follow-up: the plan's cards. */
const questions = (n: number): PlanCard[] =>
  Array.from({ length: n }, (_, i) => [
    { id: `q${i}`, due: null, stability: 0 },
    { id: `q${i}#0`, due: null, stability: 0 },
  ]).flat();

const plan = (days: number, n: number, minutesPerDay?: number) => {
  const built = buildPlan({
    cards: questions(n),
    now,
    interviewDay: addDays(today, days),
    dayStartHour: 4,
    minutesPerDay,
  });
  if (built.kind !== "plan") throw new Error("expected a plan");
  return built;
};
const beforeInterview = (p: ReturnType<typeof plan>) => p.days.slice(0, -1);

for (const days of [1, 10, 60]) {
  for (const n of [0, 100, 2000]) {
    test(`with ${budget} minutes a day, ${days} days and ${n} questions, every day keeps to the budget`, () => {
      const p = plan(days, n, budget);
      for (const d of beforeInterview(p)) expect(d.minutes).toBeLessThanOrEqual(budget);
    });

    test(`without a budget, ${days} days and ${n} questions: the average is at most the peak, which is the minutes needed`, () => {
      const p = plan(days, n);
      const load = loadOf(p.days);
      expect(load.average).toBeLessThanOrEqual(load.peak?.minutes ?? 0);
      expect(load.peak?.minutes ?? 0).toBeLessThanOrEqual(p.minutesNeeded);
    });
  }
}

test("no questions need no minutes and are on track", () => {
  const p = plan(10, 0, budget);
  expect([p.minutesNeeded, p.onTrack, loadOf(p.days).average]).toEqual([0, true, 0]);
});

test("a plan that fits its budget names no later date", () => {
  expect(plan(60, 100, budget).dayThatFits).toBeNull();
});

test("a plan behind its budget names a later date at which the budget fits", () => {
  const p = plan(4, 40, budget);
  expect(p.onTrack).toBe(false);
  expect(p.dayThatFits! > addDays(today, 4)).toBe(true);
  const later = buildPlan({
    cards: questions(40),
    now,
    interviewDay: p.dayThatFits!,
    dayStartHour: 4,
    minutesPerDay: budget,
  });
  expect(later.kind === "plan" && later.onTrack).toBe(true);
});

test("a large bank on a small budget names a later date: its last reviews spread over a longer run-in", () => {
  const cards = Array.from({ length: 100 }, (_, i) => [
    { id: `q${i}`, due: null, stability: 0 },
    ...Array.from({ length: 4 }, (_, j) => ({ id: `q${i}#${j}`, due: null, stability: 0 })),
  ]).flat();
  const at = (interviewDay: string) => buildPlan({ cards, now, interviewDay, dayStartHour: 4, minutesPerDay: budget });
  const soon = at(addDays(today, 14));
  if (soon.kind !== "plan") throw new Error("expected a plan");
  expect([soon.onTrack, soon.dayThatFits === null, soon.runInDays > bufferDays]).toEqual([false, false, true]);
  const later = at(soon.dayThatFits!);
  expect(later.kind === "plan" && later.onTrack).toBe(true);
});

test("new cards are introduced before a long run-in, so 100 questions with 4 follow-ups fit 60 minutes a day in 80 days", () => {
  const cards = Array.from({ length: 100 }, (_, i) => [
    { id: `q${i}`, due: null, stability: 0 },
    ...Array.from({ length: 4 }, (_, j) => ({ id: `q${i}#${j}`, due: null, stability: 0 })),
  ]).flat();
  const p = buildPlan({ cards, now, interviewDay: addDays(today, 80), dayStartHour: 4, minutesPerDay: budget });
  expect(p.kind === "plan" && p.onTrack).toBe(true);
});

test("the run-in is the shortest without a budget, grows with the scope and shrinks with the budget", () => {
  expect([runInDays(600, null), runInDays(600, 60), runInDays(600, 120), runInDays(6000, 60)]).toEqual([
    bufferDays,
    13,
    7,
    longestRunIn,
  ]);
});

test("a budget no date within two years can meet names none", () => {
  expect(plan(1, 2000, 1).dayThatFits).toBeNull();
});

test("the earliest fitting day is the first after the days left for which the work fits", () => {
  expect(earliestFitting(5, (d) => d >= 23)).toBe(23);
});

test("the busiest day is the peak, and the interview morning is left out of the load", () => {
  const days = [
    { day: "a", newIds: [], reviewIds: [], minutes: 10 },
    { day: "b", newIds: [], reviewIds: [], minutes: 30 },
    { day: "c", newIds: [], reviewIds: [], minutes: 90 },
  ];
  expect([loadOf(days).average, loadOf(days).peak?.day]).toEqual([20, "b"]);
});
