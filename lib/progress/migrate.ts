import * as z from "zod/mini";
import { emptyProgress, progressVersion, type Progress } from "./schema";
import { lazySchema } from "../storage/lazy-schema";

/**
 * Version 1 was the first, pre-FSRS shape: one pass/fail record per question and no follow-up
 * cards. Each past version gets a step here and a fixture test; steps run in order.
 */
const v1Schema = lazySchema(() =>
  z.object({
    version: z.literal(1),
    questions: z.record(z.string(), z.object({ passed: z.boolean(), seenAt: z.string() })),
  }),
);

function fromV1(raw: unknown): Progress | undefined {
  const parsed = v1Schema.safeParse(raw);
  if (!parsed.success) return undefined;
  const next = emptyProgress();
  for (const [id, record] of Object.entries(parsed.data.questions)) {
    const seen = Number.isNaN(Date.parse(record.seenAt))
      ? new Date(0).toISOString()
      : new Date(record.seenAt).toISOString();
    // Treat a past pass as a first "good" review and a fail as "again": both are due again soon.
    next.cards[id] = {
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
    next.days[day] = (next.days[day] ?? 0) + 1;
  }
  return next;
}

const steps: Record<number, (raw: unknown) => Progress | undefined> = { 1: fromV1 };

export type MigrationResult =
  | { kind: "current"; raw: unknown }
  | { kind: "migrated"; from: number; value: Progress }
  | { kind: "newer"; version: number }
  | { kind: "unknown" };

/** Reads the version field and upgrades older data; the caller validates the result. */
export function migrate(raw: unknown): MigrationResult {
  const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (version === progressVersion) return { kind: "current", raw };
  if (typeof version === "number" && Number.isInteger(version) && version > progressVersion) {
    return { kind: "newer", version };
  }
  const step = typeof version === "number" ? steps[version] : undefined;
  const value = step?.(raw);
  return value && typeof version === "number" ? { kind: "migrated", from: version, value } : { kind: "unknown" };
}
