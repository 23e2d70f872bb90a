import { expect, test } from "vitest";
import { sessionReducer, startSession, stepsLeft, type Session } from "@/lib/practice/session";
import type { Rating } from "@/lib/progress/schema";

const entry = (key: string) => ({ key, previous: null, time: 0 });
const graded = (key: string, followUpCount = 3, rating: Rating = "good") => ({
  type: "graded" as const,
  entry: entry(key),
  rating,
  followUpCount,
});
const reveal = { type: "reveal" as const };
const next = { type: "next" as const };
const run = (s: Session, ...actions: Parameters<typeof sessionReducer>[1][]) => actions.reduce(sessionReducer, s);

test("reveal moves from the question to its answer", () => {
  expect(run(startSession(["a"]), { type: "reveal" }).step).toBe("answer");
});

test("grading the question opens the first follow-up alone", () => {
  const s = run(startSession(["a"]), { type: "reveal" }, graded("a"));
  expect([s.step, s.followUp]).toEqual(["follow-up", 0]);
});

test("a follow-up cannot be graded before its answer is revealed", () => {
  const s = run(startSession(["a"]), { type: "reveal" }, graded("a"), graded("a#0"));
  expect([s.step, s.graded]).toEqual(["follow-up", 1]);
});

test("the last follow-up's grade finishes the card", () => {
  const s = run(startSession(["a"]), { type: "reveal" }, graded("a", 1), { type: "reveal" }, graded("a#0", 1));
  expect(s.step).toBe("card-done");
});

test("stopping the ladder ends the card early", () => {
  expect(run(startSession(["a"]), { type: "reveal" }, graded("a"), { type: "stop-ladder" }).step).toBe("card-done");
});

test("next resets the card state and moves to the next question", () => {
  const s = run(startSession(["a", "b"]), { type: "notes", text: "x" }, { type: "tick", index: 1 }, { type: "next" });
  expect(s).toMatchObject({ index: 1, step: "question", notes: "", ticked: [], saidRedFlag: null });
});

test("next on the last card finishes the session", () => {
  expect(run(startSession(["a"]), { type: "next" }).step).toBe("finished");
});

test("undo returns to the step where the grade was given", () => {
  const s = run(startSession(["a"]), { type: "reveal" }, graded("a"), { type: "reveal" }, graded("a#0"), {
    type: "undo",
  });
  expect([s.step, s.followUp, s.graded, s.undo.length]).toEqual(["follow-up-answer", 0, 1, 1]);
});

test("a question graded Again is asked again, alone, after the last question", () => {
  const s = run(startSession(["a", "b"]), reveal, graded("a", 0, "again"), next, reveal, graded("b", 0), next);
  expect([s.index, s.step, s.retry]).toEqual([0, "question", { index: 0, followUp: null }]);
});

test("a follow-up graded Hard is asked again as that follow-up, not the whole ladder", () => {
  const s = run(
    startSession(["a"]),
    reveal,
    graded("a", 2),
    reveal,
    graded("a#0", 2, "hard"),
    reveal,
    graded("a#1", 2),
    next,
  );
  expect([s.step, s.followUp, s.retry]).toEqual(["follow-up", 0, { index: 0, followUp: 0 }]);
});

test("the session cannot finish while a missed step waits", () => {
  const s = run(startSession(["a"]), reveal, graded("a", 0, "again"), next);
  expect(s.step).not.toBe("finished");
});

test("a step asked again and recalled ends the session", () => {
  const s = run(startSession(["a"]), reveal, graded("a", 0, "again"), next, reveal, graded("a", 0, "good"), next);
  expect([s.step, s.graded]).toEqual(["finished", 2]);
});

test("a step asked again and missed again comes back once more", () => {
  const s = run(startSession(["a"]), reveal, graded("a", 0, "again"), next, reveal, graded("a", 0, "again"), next);
  expect([s.step, s.retry]).toEqual(["question", { index: 0, followUp: null }]);
});

test("Hard on a step asked again counts as recalled, so the session ends", () => {
  const s = run(startSession(["a"]), reveal, graded("a", 0, "hard"), next, reveal, graded("a", 0, "hard"), next);
  expect(s.step).toBe("finished");
});

test("grading a step asked again does not reopen its follow-ups", () => {
  const s = run(
    startSession(["a"]),
    reveal,
    graded("a", 1, "again"),
    { type: "stop-ladder" },
    next,
    reveal,
    graded("a", 1),
  );
  expect(s.step).toBe("card-done");
});

test("undo of a miss takes it off the relearning queue", () => {
  const s = run(startSession(["a"]), reveal, graded("a", 0, "again"), { type: "undo" }, reveal, graded("a", 0), next);
  expect(s.step).toBe("finished");
});

test("steps left counts the questions to come and the steps to ask again", () => {
  const s = run(startSession(["a", "b", "c"]), reveal, graded("a", 0, "again"), next);
  expect(stepsLeft(s)).toBe(3);
});

test("a saved session from before relearning still finishes", () => {
  const old: Session = { ...startSession(["a"]), relearn: undefined, retry: undefined };
  expect(run(old, next).step).toBe("finished");
});
