import fc from "fast-check";
import { expect, test } from "vitest";
import { mergeProgress } from "@/lib/progress/record";
import { gradeCard, undoGrade } from "@/lib/progress/scheduler";
import { emptyProgress, type Progress, type Rating } from "@/lib/progress/schema";

const ratings: Rating[] = ["again", "hard", "good", "easy"];
const start = Date.UTC(2026, 4, 4, 10);

/** A tab's history: grades and undos on a few cards at increasing times. */
const history = fc.array(
  fc.record({ card: fc.constantFrom("a", "b", "c"), rating: fc.constantFrom(...ratings), undo: fc.boolean() }),
  { maxLength: 8 },
);

function play(steps: { card: string; rating: Rating; undo: boolean }[], offset: number): Progress {
  let progress = emptyProgress();
  steps.forEach((step, i) => {
    const at = new Date(start + (i * 2 + offset) * 60_000);
    const graded = gradeCard(progress, step.card, step.rating, at);
    progress = step.undo ? undoGrade(graded.progress, graded.undo, new Date(at.getTime() + 1000)) : graded.progress;
  });
  return progress;
}

test("merging two tabs gives the same cards and log in either order", () => {
  fc.assert(
    fc.property(history, history, (stepsA, stepsB) => {
      const [a, b] = [play(stepsA, 0), play(stepsB, 1)];
      const ab = mergeProgress(a, b).value;
      const ba = mergeProgress(b, a).value;
      expect([ab.cards, ab.log, ab.removed]).toEqual([ba.cards, ba.log, ba.removed]);
    }),
  );
});

test("merging a record with itself changes nothing", () => {
  fc.assert(
    fc.property(history, (steps) => {
      const a = play(steps, 0);
      const merged = mergeProgress(a, a);
      expect([merged.changed, merged.value.cards, merged.value.log]).toEqual([false, a.cards, a.log]);
    }),
  );
});

test("no review from either tab is lost in a merge", () => {
  fc.assert(
    fc.property(history, history, (stepsA, stepsB) => {
      const [a, b] = [play(stepsA, 0), play(stepsB, 1)];
      expect(mergeProgress(a, b).value.log).toHaveLength(a.log.length + b.log.length);
    }),
  );
});

test("a reset wins over every card changed before it, in either order", () => {
  const graded = gradeCard(emptyProgress(), "a", "good", new Date(start)).progress;
  const reset = { ...emptyProgress(), clearedAt: new Date(start + 60_000).toISOString() };
  expect(mergeProgress(graded, reset).value.cards).toEqual({});
  expect(mergeProgress(reset, graded).value.cards).toEqual({});
});
