import * as z from "zod/mini";
import { lazySchema } from "../storage/lazy-schema";

/**
 * Practice progress as stored in the browser. zod/mini keeps the validator small enough to ship.
 * Card keys are stable ids: `<questionId>` for the question itself and `<questionId>#<n>` for its
 * n-th follow-up (0-based), so editing a title or wording never loses progress.
 */
export const progressVersion = 2;

export const ratings = ["again", "hard", "good", "easy"] as const;

function buildProgressSchema() {
  const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO date"));
  const count = z.number().check(z.int(), z.nonnegative());
  const storedCard = z.object({
    due: isoDate,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: z.number().check(z.int(), z.gte(0), z.lte(3)),
    lastReview: z.optional(isoDate),
    lastRating: z.enum(ratings),
    /** When this card last changed; merges between tabs and imports keep the newer card. */
    updatedAt: isoDate,
  });
  return z.object({
    version: z.literal(progressVersion),
    cards: z.record(z.string(), storedCard),
    /** Reviews per local calendar day (YYYY-MM-DD), for days practised and the streak. */
    days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), count),
    settings: z.object({ grading: z.enum(["four", "pass-fail"]) }),
  });
}

export const progressSchema = lazySchema(buildProgressSchema);

export type Progress = z.infer<ReturnType<typeof buildProgressSchema>>;
export type StoredCard = Progress["cards"][string];
export type Rating = (typeof ratings)[number];

export const emptyProgress = (): Progress => ({
  version: progressVersion,
  cards: {},
  days: {},
  settings: { grading: "four" },
});

export const cardKey = (questionId: string, followUp?: number) =>
  followUp === undefined ? questionId : `${questionId}#${followUp}`;
