import "client-only";
import { openArea } from "@/lib/storage/client";
import { browserDeadline, capInstant, readParameters, type Cap } from "@/lib/plan/client";
import type { ProgressStore } from "./progress-store";
import { gradeCard, undoGrade, type UndoEntry } from "./scheduler";
import type { Progress, Rating } from "./schema";

/** The interview plan's date, if one is set: while it lies ahead no review is scheduled after it. */
export { browserDeadline };

/** FSRS parameters imported on the plan page, used instead of the defaults; null for the defaults. */
export const browserParameters = (): number[] | null => readParameters(openArea("local"));

/** How a grade is capped, given the progress it lands in and when. */
export type CapFor = (progress: Progress, now: Date) => Cap | null;
/** The plain cap: no review after the interview day's start, for every card. */
export const plainCap: CapFor = (_, now) => capInstant(browserDeadline(), now);

/**
 * Grades one card in the store, with how long it took (ms) when known; returns what undo needs,
 * or null when progress is read-only.
 */
export function gradeInStore(
  store: ProgressStore,
  key: string,
  rating: Rating,
  capFor: CapFor = plainCap,
  duration?: number,
  parameters: () => number[] | null = browserParameters,
): UndoEntry | null {
  if (store.getSnapshot().mode === "read-only") return null;
  let undo: UndoEntry | null = null;
  void store.update((progress, now) => {
    const graded = gradeCard(progress, key, rating, now, capFor(progress, now), duration, parameters());
    undo = graded.undo;
    return graded.progress;
  });
  return undo;
}

export function undoInStore(store: ProgressStore, entry: UndoEntry): void {
  void store.update((progress, now) => undoGrade(progress, entry, now));
}
