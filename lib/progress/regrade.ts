import "client-only";
import { browserParameters, plainCap, type CapFor } from "./grading";
import type { ProgressStore } from "./progress-store";
import { gradeCard, undoGrade, type UndoEntry } from "./scheduler";
import type { Rating } from "./schema";

// Apart from grading.ts so that practice, which never regrades, does not carry it: the mock page
// fetches this module (and the plan's spreading with it) only when a report is shown.
export { deckCap } from "./spread-cap";

/**
 * Replaces a grade given earlier (if any) with a new one in one change. The undo leaves a tombstone
 * one millisecond after the old grade, and a card only outlives a tombstone that is older, so the
 * new grade is stamped after it.
 */
export function regradeInStore(
  store: ProgressStore,
  earlier: UndoEntry | null,
  key: string,
  rating: Rating,
  capFor: CapFor = plainCap,
): UndoEntry | null {
  if (store.getSnapshot().mode === "read-only") return null;
  let undo: UndoEntry | null = null;
  void store.update((progress, now) => {
    const undone = earlier ? undoGrade(progress, earlier, now) : progress;
    const at = earlier ? new Date(Math.max(now.getTime(), earlier.time + 1) + 1) : now;
    const graded = gradeCard(undone, key, rating, at, capFor(undone, at), undefined, browserParameters());
    undo = graded.undo;
    return graded.progress;
  });
  return undo;
}
