/** An empty progress record of data version 4, with whatever a test adds or replaces. */
export const progressData = (extra: Record<string, unknown> = {}) => ({
  version: 4,
  cards: {},
  removed: {},
  log: [],
  daysBeforeLog: {},
  settings: { grading: "four", updatedAt: "2026-12-01T00:00:00Z" },
  ...extra,
});

/** The same record as an export file's text. */
export const progressFile = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: "followup-progress", data: progressData(extra) });

/** A card graded Good once, last changed at `updatedAt`. */
export const gradedCard = (updatedAt: string, due = "2026-01-02T00:00:00.000Z") => ({
  due,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
  lastRating: "good",
  updatedAt,
});
