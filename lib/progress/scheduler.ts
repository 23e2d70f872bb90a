import "client-only";
import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from "ts-fsrs";
import type { Cap } from "@/lib/plan/client";
import { ratingNumber, type Progress, type Rating, type Review, type StoredCard, type UndoEntry } from "./schema";

export type { UndoEntry };

// No fuzz: the same history always gives the same due date, which users and tests can rely on.
const scheduler = fsrs({ enable_fuzz: false });
/** The default scheduler, or one with the user's imported parameters (`w`). */
const schedulerFor = (w: number[] | null) => (w ? fsrs({ enable_fuzz: false, w }) : scheduler);

// In the order of `ratings`, as ratingNumber counts them.
const grades: readonly Grade[] = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy];
const toGrade = (rating: Rating) => grades[ratingNumber(rating) - 1]!;

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    last_review: stored.lastReview ? new Date(stored.lastReview) : undefined,
  };
}

/** Dates are stored as ISO strings so the record survives JSON round trips unchanged. */
function fromCard(card: Card, rating: Rating, now: Date): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review?.toISOString(),
    lastRating: rating,
    updatedAt: now.toISOString(),
  };
}

// While a plan's date lies ahead, `cap` (lib/plan/) moves a review after the interview to a day before it.
const capped = (due: Date, cap: Cap | null) => (cap && due > cap.after ? cap.at : due);

/** How long each grade would keep the card away (ms), capped as grading caps it, for grade buttons that show it ("Good · 4 d"). */
export function previewInterval(
  progress: Progress,
  key: string,
  now: Date,
  w: number[] | null = null,
  cap: Cap | null = null,
): (rating: Rating) => number {
  const preview = schedulerFor(w).repeat(toCard(progress.cards[key], now), now);
  return (rating) => capped(preview[toGrade(rating)].card.due, cap).getTime() - now.getTime();
}

/** `duration` is how long the card took, in ms, when it was measured; `w` the FSRS parameters, if not the defaults. */
export function gradeCard(
  progress: Progress,
  key: string,
  rating: Rating,
  now: Date,
  cap: Cap | null = null,
  duration?: number,
  w: number[] | null = null,
) {
  const previous = progress.cards[key];
  const next = schedulerFor(w).next(toCard(previous, now), now, toGrade(rating)).card;
  next.due = capped(next.due, cap);
  const review: Review = { card: key, time: now.getTime(), rating: ratingNumber(rating), state: previous?.state ?? 0 };
  if (duration !== undefined) review.duration = Math.max(0, Math.round(duration));
  const updated: Progress = {
    ...progress,
    cards: { ...progress.cards, [key]: fromCard(next, rating, now) },
    log: [...progress.log, review],
  };
  const undo: UndoEntry = { key, previous: previous ?? null, time: review.time };
  return { progress: updated, undo };
}

/**
 * Puts the card back as it was before the grade and marks the review undone. The restored card is
 * stamped `now`, and a card that did not exist gets a removal tombstone, so other tabs take the
 * undo instead of bringing the grade back. A card graded again since (here or in another tab) is
 * left as it is.
 */
export function undoGrade(progress: Progress, undo: UndoEntry, now: Date): Progress {
  const current = progress.cards[undo.key];
  if (!current || Date.parse(current.updatedAt) !== undo.time) return progress;
  const cards = { ...progress.cards };
  const removed = { ...progress.removed };
  const stamp = new Date(Math.max(now.getTime(), undo.time + 1)).toISOString();
  if (undo.previous) cards[undo.key] = { ...undo.previous, updatedAt: stamp };
  else {
    delete cards[undo.key];
    removed[undo.key] = stamp;
  }
  const log = progress.log.map((r) =>
    r.card === undo.key && r.time === undo.time ? { ...r, undone: true as const } : r,
  );
  return { ...progress, cards, removed, log };
}
