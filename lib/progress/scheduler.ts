import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from "ts-fsrs";
import { localDay } from "./calendar";
import { type Progress, type Rating, type StoredCard } from "./schema";

// No fuzz: the same history always gives the same due date, which users and tests can rely on.
const scheduler = fsrs({ enable_fuzz: false });

const toGrade: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

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

/** What undoing a grade needs: the card as it was and the day the review was counted on. */
export interface UndoEntry {
  key: string;
  previous: StoredCard | null;
  day: string;
}

export function gradeCard(progress: Progress, key: string, rating: Rating, now: Date) {
  const previous = progress.cards[key];
  const next = scheduler.next(toCard(previous, now), now, toGrade[rating]).card;
  const day = localDay(now);
  const updated: Progress = {
    ...progress,
    cards: { ...progress.cards, [key]: fromCard(next, rating, now) },
    days: { ...progress.days, [day]: (progress.days[day] ?? 0) + 1 },
  };
  const undo: UndoEntry = { key, previous: previous ?? null, day };
  return { progress: updated, undo };
}

export function undoGrade(progress: Progress, undo: UndoEntry): Progress {
  const cards = { ...progress.cards };
  if (undo.previous) cards[undo.key] = undo.previous;
  else delete cards[undo.key];
  const days = { ...progress.days };
  const left = (days[undo.day] ?? 0) - 1;
  if (left > 0) days[undo.day] = left;
  else delete days[undo.day];
  return { ...progress, cards, days };
}
