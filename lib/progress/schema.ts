import "client-only";
import * as z from "zod/mini";
import { futureMessage, isIsoDate, notInFuture, pastIsoDate, lazySchema } from "@/lib/storage/client";
import { slugPattern } from "@/lib/slug";

/**
 * Practice progress as stored in the browser. zod/mini keeps the validator small enough to ship.
 * Card keys are stable ids: `<questionId>` for the question itself and `<questionId>#<n>` for its
 * n-th follow-up (0-based), so editing a title or wording never loses progress.
 *
 * Every part merges across tabs without losing anything: cards newest-wins by `updatedAt`, removals
 * and resets as dated tombstones, and the review log as a union in which an undone review stays
 * undone.
 */
export const progressVersion = 4;

export const ratings = ["again", "hard", "good", "easy"] as const;
export const gradingModes = ["four", "pass-fail"] as const;

const isoDate = () => z.string().check(z.refine(isIsoDate, "must be an ISO date"));
const count = () => z.number().check(z.int(), z.nonnegative());
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const followUpPattern = /^(?:0|[1-9][0-9]{0,2})$/;

/** A card key as {@link cardKey} makes it: a question id, or `<questionId>#<n>` for a follow-up. */
export function isCardKey(key: string): boolean {
  const hash = key.indexOf("#");
  if (hash < 0) return slugPattern.test(key);
  return slugPattern.test(key.slice(0, hash)) && followUpPattern.test(key.slice(hash + 1));
}
export const cardKeyMessage = "must be a question id, or <question id>#<n> for a follow-up";

function buildCardSchema() {
  return z.object({
    due: isoDate(),
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: count(),
    scheduledDays: count(),
    learningSteps: count(),
    reps: count(),
    lapses: count(),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: z.number().check(z.int(), z.gte(0), z.lte(3)),
    lastReview: z.optional(pastIsoDate()),
    lastRating: z.enum(ratings),
    /** When this card last changed; merges between tabs and imports keep the newer card. */
    updatedAt: pastIsoDate(),
  });
}

/** One review, in the fields of the open fsrs-optimizer log format. */
function buildReviewSchema() {
  return z.object({
    card: z.string().check(z.refine(isCardKey, cardKeyMessage)),
    /** Review time in ms since the epoch. */
    time: count().check(z.refine((ms) => notInFuture(ms), futureMessage)),
    /** 1 again, 2 hard, 3 good, 4 easy. */
    rating: z.number().check(z.int(), z.gte(1), z.lte(4)),
    /** The card's FSRS state before this review. */
    state: z.number().check(z.int(), z.gte(0), z.lte(3)),
    undone: z.optional(z.literal(true)),
    /** Ms from the card being shown to its grade (review_duration); absent before data version 4. */
    duration: z.optional(count()),
  });
}

/** The record around the items; each card and review is validated on its own (lib/progress/record.ts). */
function buildEnvelopeSchema() {
  return z.object({
    version: z.literal(progressVersion),
    cards: z.record(z.string(), z.unknown()),
    removed: z.record(z.string(), z.unknown()),
    /** When progress was last reset; anything older stays gone. */
    clearedAt: z.optional(pastIsoDate()),
    log: z.array(z.unknown()),
    /** Reviews per local day counted before the log existed (data version 2 and older). */
    daysBeforeLog: z.record(z.string(), z.unknown()),
    settings: z.object({ grading: z.enum(gradingModes), updatedAt: pastIsoDate() }),
  });
}

/** What undoing a grade needs: the card as it was, and the review's time, which is also the graded card's `updatedAt`. */
export function buildUndoSchema() {
  return z.object({ key: z.string(), previous: z.nullable(buildCardSchema()), time: count() });
}

export const cardSchema = lazySchema(buildCardSchema);
export const undoEntrySchema = lazySchema(buildUndoSchema);
export const reviewSchema = lazySchema(buildReviewSchema);
export const envelopeSchema = lazySchema(buildEnvelopeSchema);

export type StoredCard = z.infer<ReturnType<typeof buildCardSchema>>;
export type Review = z.infer<ReturnType<typeof buildReviewSchema>>;
export type UndoEntry = z.infer<ReturnType<typeof buildUndoSchema>>;
export type Rating = (typeof ratings)[number];
export type GradingMode = (typeof gradingModes)[number];

/** The whole record as the app uses it, once every item has passed its own schema. */
export function buildProgressSchema() {
  return z.object({
    ...buildEnvelopeSchema().shape,
    cards: z.record(z.string(), buildCardSchema()),
    /** Cards removed by undo, with when; a card changed before that time stays removed. */
    removed: z.record(z.string(), pastIsoDate()),
    log: z.array(buildReviewSchema()),
    daysBeforeLog: z.record(z.string().check(z.regex(dayPattern)), count()),
  });
}

export type Progress = z.infer<ReturnType<typeof buildProgressSchema>>;

const epoch = new Date(0).toISOString();

export const emptyProgress = (): Progress => ({
  version: progressVersion,
  cards: {},
  removed: {},
  log: [],
  daysBeforeLog: {},
  settings: { grading: "four", updatedAt: epoch },
});

export const cardKey = (questionId: string, followUp?: number) =>
  followUp === undefined ? questionId : `${questionId}#${followUp}`;

export const ratingNumber = (rating: Rating) => ratings.indexOf(rating) + 1;
