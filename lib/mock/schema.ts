import "client-only";
import * as z from "zod/mini";
import { difficulties } from "@/lib/content";
import { buildUndoSchema, ratings } from "@/lib/progress/client";
import { lazySchema, once } from "@/lib/storage/client";
import { historyVersion, mockFormats, mockSessionVersion, runOutcomes, timeUpChoices } from "./values";

/** Validators for what the mock interview keeps in the browser: the live session and the history. */
function buildMockSchemas() {
  const int = z.number().check(z.int());
  const settingsSchema = z.object({
    seed: z.string(),
    count: int,
    minutesPerQuestion: int,
    overallMinutes: int,
    /** How many follow-ups the interviewer may ask per question. */
    depth: int,
    /** Reveal follow-ups automatically after this % of the question's time; 0 means only on request. */
    autoFollowUpPercent: int,
    onTimeUp: z.enum(timeUpChoices),
    sections: z.array(z.string()),
    difficulties: z.array(z.enum(difficulties)),
    /** Absent from sessions and reports made before the design round existed. */
    format: z._default(z.enum(mockFormats), "questions"),
  });

  const outcome = z.nullable(z.enum(runOutcomes));
  const grade = z.nullable(z.enum(ratings));

  // The report's self-assessment, kept in the session as it is given so a reload or a Back keeps it.
  // `applied` is the grade already written to the practice schedule, with what undo needs to change it.
  const assessment = z.object({
    grade,
    ticked: z.array(int),
    saidRedFlag: z.nullable(z.boolean()),
    applied: z.nullable(z.object({ grade: z.enum(ratings), entry: buildUndoSchema() })),
  });

  const mockSessionSchema = z.object({
    version: z.literal(mockSessionVersion),
    settings: settingsSchema,
    questionIds: z.array(z.string()).check(z.minLength(1)),
    startedAt: z.number(),
    endedAt: z.nullable(z.number()),
    pausedAt: z.nullable(z.number()),
    pauses: z.array(z.object({ at: z.number(), ms: z.number() })),
    runs: z
      .array(
        z.object({
          id: z.string(),
          startedAt: z.number(),
          endedAt: z.nullable(z.number()),
          pausedMs: z.number(),
          followUpsShown: int,
          notes: z.string(),
          outcome,
          /** A design round's phase close marks, in ms of question time (lib/mock/phases.ts). */
          phaseEnds: z.optional(z.array(z.number())),
        }),
      )
      .check(z.minLength(1)),
    announced: z.array(z.string()),
    report: z.optional(z.record(z.string(), assessment)),
  });

  const mockRecordSchema = z.object({
    startedAt: z.string(),
    settings: settingsSchema,
    pauses: z.object({ count: int, totalMs: z.number() }),
    questions: z.array(
      z.object({
        id: z.string(),
        section: z.string(),
        title: z.string(),
        usedMs: z.number(),
        budgetMs: z.number(),
        followUpsReached: int,
        followUpsAvailable: int,
        outcome,
        grade,
        ticked: int,
        intentTotal: int,
        saidRedFlag: z.nullable(z.boolean()),
        /** A design round's time per phase. Ids stay open strings so a newer version's phases still show. */
        phases: z.optional(
          z.array(z.object({ id: z.string(), plannedMs: z.number(), usedMs: z.nullable(z.number()) })),
        ),
      }),
    ),
    weakSections: z.array(z.string()),
  });

  const historySchema = z.object({ version: z.literal(historyVersion), mocks: z.array(mockRecordSchema) });
  return { settings: settingsSchema, session: mockSessionSchema, record: mockRecordSchema, history: historySchema };
}

const mockSchemas = once(buildMockSchemas);
export const mockSessionSchema = lazySchema(() => mockSchemas().session);
export const historySchema = lazySchema(() => mockSchemas().history);
export const mockRecordSchema = lazySchema(() => mockSchemas().record);

type MockSchemas = ReturnType<typeof buildMockSchemas>;
export type MockSettings = z.infer<MockSchemas["settings"]>;
export type MockRecord = z.infer<MockSchemas["record"]>;
export type MockSession = z.infer<MockSchemas["session"]>;
export type Assessment = NonNullable<MockSession["report"]>[string];
export type MockHistory = z.infer<MockSchemas["history"]>;
