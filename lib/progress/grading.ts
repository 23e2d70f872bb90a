import "client-only";
import { openArea } from "../storage/areas";
import { capInstant, readDeadline, readParameters, type Deadline } from "./plan/deadline";
import type { ProgressStore } from "./progress-store";
import { gradeCard, undoGrade, type UndoEntry } from "./scheduler";
import type { Rating } from "./schema";

/** The interview plan's date, if one is set: while it lies ahead no review is scheduled after it. */
export const browserDeadline = (): Deadline | null => readDeadline(openArea("local"));
/** FSRS parameters imported on the plan page, used instead of the defaults; null for the defaults. */
export const browserParameters = (): number[] | null => readParameters(openArea("local"));

/**
 * Grades one card in the store, with how long it took (ms) when known; returns what undo needs,
 * or null when progress is read-only.
 */
export function gradeInStore(
  store: ProgressStore,
  key: string,
  rating: Rating,
  deadline: () => Deadline | null = browserDeadline,
  duration?: number,
  parameters: () => number[] | null = browserParameters,
): UndoEntry | null {
  if (store.getSnapshot().mode === "read-only") return null;
  let undo: UndoEntry | null = null;
  void store.update((progress, now) => {
    const cap = capInstant(deadline(), now);
    const graded = gradeCard(progress, key, rating, now, cap, duration, parameters());
    undo = graded.undo;
    return graded.progress;
  });
  return undo;
}

export function undoInStore(store: ProgressStore, entry: UndoEntry): void {
  void store.update((progress, now) => undoGrade(progress, entry, now));
}

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
  deadline: () => Deadline | null = browserDeadline,
): UndoEntry | null {
  if (store.getSnapshot().mode === "read-only") return null;
  let undo: UndoEntry | null = null;
  void store.update((progress, now) => {
    const undone = earlier ? undoGrade(progress, earlier, now) : progress;
    const at = earlier ? new Date(Math.max(now.getTime(), earlier.time + 1) + 1) : now;
    const graded = gradeCard(undone, key, rating, at, capInstant(deadline(), at), undefined, browserParameters());
    undo = graded.undo;
    return graded.progress;
  });
  return undo;
}
