import "client-only";
import * as z from "zod/mini";
import { progressVersion } from "./schema";
import { lazySchema } from "@/lib/storage/client";

/**
 * Older shapes of stored progress, each lifted one step towards the current envelope; the caller
 * then validates every card and review on its own. Each past version has a step here and a
 * fixture test.
 *
 * Version 1 was the first, pre-FSRS shape: one pass/fail record per question and no follow-ups.
 * Version 2 had FSRS cards and reviews counted per day, but no review log.
 * Version 3 had the review log without each review's duration.
 */
const v1Schema = lazySchema(() =>
  z.object({
    version: z.literal(1),
    questions: z.record(z.string(), z.object({ passed: z.boolean(), seenAt: z.string() })),
  }),
);

type Loose = Record<string, unknown>;

function fromV1(raw: Loose): Loose | undefined {
  const parsed = v1Schema.safeParse(raw);
  if (!parsed.success) return undefined;
  const cards: Loose = {};
  const days: Record<string, number> = {};
  for (const [id, record] of Object.entries(parsed.data.questions)) {
    const seen = Number.isNaN(Date.parse(record.seenAt))
      ? new Date(0).toISOString()
      : new Date(record.seenAt).toISOString();
    // Treat a past pass as a first "good" review and a fail as "again": both are due again soon.
    cards[id] = {
      due: seen,
      stability: record.passed ? 2.3 : 0.4,
      difficulty: record.passed ? 2.1 : 6.4,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: record.passed ? 0 : 1,
      state: 1,
      lastReview: seen,
      lastRating: record.passed ? "good" : "again",
      updatedAt: seen,
    };
    const day = seen.slice(0, 10);
    days[day] = (days[day] ?? 0) + 1;
  }
  return { version: 2, cards, days, settings: { grading: "four" } };
}

function fromV2(raw: Loose): Loose {
  const settings = (raw.settings ?? {}) as Loose;
  return {
    version: 3,
    cards: raw.cards,
    removed: {},
    log: [],
    daysBeforeLog: raw.days ?? {},
    settings: { grading: settings.grading, updatedAt: new Date(0).toISOString() },
  };
}

/** Reviews from version 3 keep no duration: how long they took was never measured. */
const fromV3 = (raw: Loose): Loose => ({ ...raw, version: 4 });

const steps: Record<number, (raw: Loose) => Loose | undefined> = { 1: fromV1, 2: fromV2, 3: fromV3 };

export type MigrationResult =
  { kind: "current"; raw: Loose; from?: number } | { kind: "newer"; version: number; raw: Loose } | { kind: "unknown" };

/** Reads the version field and lifts older data step by step to the current version. */
export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { kind: "unknown" };
  let value = raw as Loose;
  const start = value.version;
  if (typeof start !== "number" || !Number.isInteger(start) || start < 1) return { kind: "unknown" };
  if (start > progressVersion) return { kind: "newer", version: start, raw: value };
  for (let version = start; version < progressVersion; version++) {
    const next = steps[version]?.(value);
    if (!next) return { kind: "unknown" };
    value = next;
  }
  return start === progressVersion ? { kind: "current", raw: value } : { kind: "current", raw: value, from: start };
}
