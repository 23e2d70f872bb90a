import fc from "fast-check";
import { expect, test } from "vitest";
import { gradeInStore } from "@/lib/progress/grading";
import { capInstant, readDeadline } from "@/lib/plan/deadline";
import { planDayStart } from "@/lib/plan/days";
import { planKey } from "@/lib/plan/plan-key";
import { ProgressStore } from "@/lib/progress/progress-store";
import { gradeCard } from "@/lib/progress/scheduler";
import { emptyProgress, type Rating } from "@/lib/progress/schema";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

const ratings: Rating[] = ["again", "hard", "good", "easy"];
const start = new Date(2026, 4, 4, 10);
const deadline = { date: "2026-05-20", dayStartHour: 4 };
const interview = planDayStart(deadline.date, deadline.dayStartHour);

const grades = fc.array(
  fc.record({ rating: fc.constantFrom(...ratings), hoursLater: fc.integer({ min: 1, max: 72 }) }),
  { minLength: 1, maxLength: 12 },
);

test("while the date lies ahead, no grade schedules a review after the interview", () => {
  fc.assert(
    fc.property(grades, (steps) => {
      let progress = emptyProgress();
      let at = start.getTime();
      for (const step of steps) {
        at += step.hoursLater * 3_600_000;
        const now = new Date(at);
        progress = gradeCard(progress, "a", step.rating, now, capInstant(deadline, now)).progress;
        if (now < interview) expect(Date.parse(progress.cards.a!.due)).toBeLessThanOrEqual(interview.getTime());
      }
    }),
  );
});

test("a long interval is cut to end on the interview day", () => {
  const progress = {
    ...emptyProgress(),
    cards: { a: { ...gradeCard(emptyProgress(), "a", "easy", start).progress.cards.a!, stability: 300, state: 2 } },
  };
  const now = new Date(2026, 4, 10, 10);
  const graded = gradeCard(progress, "a", "easy", now, capInstant(deadline, now)).progress.cards.a!;
  expect(graded.due).toBe(interview.toISOString());
});

test("once the interview day has begun the cap is lifted", () => {
  expect(capInstant(deadline, new Date(2026, 4, 20, 4))).toBeNull();
  expect(capInstant(deadline, new Date(2026, 4, 20, 3, 59))).toEqual({ after: interview, at: interview });
});

test("grading in the store applies the plan's date", () => {
  const store = new ProgressStore(areaOver(new MemoryStorage()), () => new Date(2026, 4, 19, 10));
  gradeInStore(store, "a", "easy", (_, now) => capInstant(deadline, now));
  expect(store.getSnapshot().value.cards.a?.due).toBe(interview.toISOString());
});

test("the plan's date is read from storage without the validator", () => {
  const storage = new MemoryStorage();
  storage.setItem(planKey, JSON.stringify({ version: 1, date: "2026-05-20", dayStartHour: 4, scope: {} }));
  expect(readDeadline(areaOver(storage))).toEqual(deadline);
});

test("a malformed or newer plan gives no cap rather than an error", () => {
  const storage = new MemoryStorage();
  for (const raw of [
    "{oops",
    '{"version":3,"date":"2026-05-20","dayStartHour":4}',
    '{"version":1,"date":"soon","dayStartHour":4}',
    '{"version":1,"date":"2026-05-20","dayStartHour":24}',
    '{"version":1,"date":null,"dayStartHour":4}',
  ]) {
    storage.setItem(planKey, raw);
    expect(readDeadline(areaOver(storage))).toBeNull();
  }
});
