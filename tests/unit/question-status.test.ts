import { expect, test } from "vitest";
import type { LightCard } from "@/lib/progress/light-read";
import { statusReader } from "@/lib/progress/question-status";

const now = new Date("2026-05-05T12:00:00Z");
const past = "2026-05-05T11:00:00Z";
const future = "2026-06-01T00:00:00Z";
const card = (due: string, state: number, stability: number): LightCard => ({ due, state, stability });

test("a question with no stored card is new", () => {
  expect(statusReader({}, now)("streams")).toBe("new");
});

test("a card still in the New state counts as new", () => {
  expect(statusReader({ streams: card(past, 0, 0) }, now)("streams")).toBe("new");
});

test("a graded question that is due now is due, whatever its stability", () => {
  expect(statusReader({ streams: card(past, 2, 90) }, now)("streams")).toBe("due");
});

test("a question is due when one of its follow-ups is due, even if its own card is not", () => {
  const cards = { streams: card(future, 2, 5), "streams#2": card(past, 1, 1) };
  expect(statusReader(cards, now)("streams")).toBe("due");
});

test("another question's due follow-up does not make this one due", () => {
  const cards = { streams: card(future, 2, 5), "streams-two#0": card(past, 1, 1), "streams-two": card(past, 1, 1) };
  expect(statusReader(cards, now)("streams")).toBe("learning");
});

test("a card in learning or relearning that is not due is learning", () => {
  expect(statusReader({ a: card(future, 1, 30), b: card(future, 3, 30) }, now)("a")).toBe("learning");
  expect(statusReader({ a: card(future, 1, 30), b: card(future, 3, 30) }, now)("b")).toBe("learning");
});

test("a review card below three weeks of stability is learning, at three weeks it is mastered", () => {
  expect(statusReader({ a: card(future, 2, 20.9) }, now)("a")).toBe("learning");
  expect(statusReader({ a: card(future, 2, 21) }, now)("a")).toBe("mastered");
});

test("a card due exactly now is due", () => {
  expect(statusReader({ a: card(now.toISOString(), 2, 40) }, now)("a")).toBe("due");
});
