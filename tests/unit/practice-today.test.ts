import { expect, test } from "vitest";
import { isDueToday, questionsDueByDay, questionsDueToday, todayAt } from "@/lib/progress/today";

const now = new Date(2026, 4, 4, 10);
const today = todayAt(now, 4);
const at = (day: number, hour: number) => new Date(2026, 4, day, hour).toISOString();

test("today runs from the day-start hour to the same hour tomorrow", () => {
  expect([today.start, today.end]).toEqual([new Date(2026, 4, 4, 4), new Date(2026, 4, 5, 4)]);
});

test("just after midnight still belongs to the day before, until the day-start hour", () => {
  expect(todayAt(new Date(2026, 4, 5, 2), 4).start).toEqual(new Date(2026, 4, 4, 4));
});

test("a card due before today ends and not graded today is due today", () => {
  expect(isDueToday({ due: at(4, 20), lastReview: at(1, 9) }, today)).toBe(true);
});

test("a card graded today is not due today, even if due minutes later", () => {
  expect(isDueToday({ due: at(4, 10), lastReview: at(4, 9) }, today)).toBe(false);
});

test("a card due after today ends is not due today", () => {
  expect(isDueToday({ due: at(5, 5), lastReview: at(1, 9) }, today)).toBe(false);
});

test("a question counts once however many of its follow-ups are due", () => {
  const cards = { a: { due: at(3, 9) }, "a#0": { due: at(3, 9) }, "a#1": { due: at(4, 12) } };
  expect(questionsDueToday(cards, today)).toEqual(["a"]);
});

test("the week counts each question once, on the day its first step falls due", () => {
  const cards = {
    a: { due: at(6, 12) },
    "a#0": { due: at(5, 12) },
    b: { due: at(4, 11), lastReview: at(4, 10) },
    c: { due: at(2, 12) },
  };
  expect(questionsDueByDay(cards, today)).toEqual([1, 2, 0, 0, 0, 0, 0]);
});
