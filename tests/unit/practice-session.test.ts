import { expect, test } from "vitest";
import { sessionReducer, startSession, type Session } from "@/lib/practice/session";

const entry = (key: string) => ({ key, previous: null, time: 0 });
const graded = (key: string, followUpCount = 3) => ({ type: "graded" as const, entry: entry(key), followUpCount });
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
