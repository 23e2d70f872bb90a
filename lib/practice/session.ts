import "client-only";
import * as z from "zod/mini";
import { buildUndoSchema } from "../progress/schema";
import { lazySchema } from "../storage/lazy-schema";

/**
 * One practice session as a pure state machine. Per card: question → answer (grade) → each
 * follow-up's question → its answer (grade) → card-done → next card. The whole state is saved, so
 * a reload resumes on the same card and step.
 */
export const steps = ["question", "answer", "follow-up", "follow-up-answer", "card-done", "finished"] as const;
export type Step = (typeof steps)[number];
export const practiceSessionVersion = 1;

function buildSessionSchema() {
  const undoRecord = z.object({
    entry: buildUndoSchema(),
    step: z.enum(steps),
    followUp: z.number(),
    index: z.number(),
  });
  return z.object({
    version: z.literal(practiceSessionVersion),
    queue: z.array(z.string()).check(z.minLength(1)),
    index: z.number().check(z.int(), z.nonnegative()),
    step: z.enum(steps),
    followUp: z.number().check(z.int(), z.nonnegative()),
    notes: z.string(),
    ticked: z.array(z.number()),
    saidRedFlag: z.nullable(z.boolean()),
    undo: z.array(undoRecord),
    graded: z.number(),
  });
}

export const sessionSchema = lazySchema(buildSessionSchema);
export type Session = z.infer<ReturnType<typeof buildSessionSchema>>;

export type SessionAction =
  | { type: "reveal" }
  | { type: "graded"; entry: Session["undo"][number]["entry"]; followUpCount: number }
  | { type: "stop-ladder" }
  | { type: "next" }
  | { type: "undo" }
  | { type: "notes"; text: string }
  | { type: "tick"; index: number }
  | { type: "red-flag"; said: boolean };

export function startSession(queue: string[]): Session {
  return {
    version: practiceSessionVersion,
    queue,
    index: 0,
    step: "question",
    followUp: 0,
    notes: "",
    ticked: [],
    saidRedFlag: null,
    undo: [],
    graded: 0,
  };
}

const freshCard = { step: "question" as Step, followUp: 0, notes: "", ticked: [], saidRedFlag: null };

export function sessionReducer(s: Session, action: SessionAction): Session {
  switch (action.type) {
    case "reveal":
      if (s.step === "question") return { ...s, step: "answer" };
      if (s.step === "follow-up") return { ...s, step: "follow-up-answer" };
      return s;
    case "graded": {
      if (s.step !== "answer" && s.step !== "follow-up-answer") return s;
      const record = { entry: action.entry, step: s.step, followUp: s.followUp, index: s.index };
      const nextFollowUp = s.step === "answer" ? 0 : s.followUp + 1;
      const more = nextFollowUp < action.followUpCount;
      return {
        ...s,
        undo: [...s.undo, record],
        graded: s.graded + 1,
        step: more ? "follow-up" : "card-done",
        followUp: more ? nextFollowUp : s.followUp,
      };
    }
    case "stop-ladder":
      return s.step === "follow-up" || s.step === "follow-up-answer" ? { ...s, step: "card-done" } : s;
    case "next":
      if (s.step === "finished") return s;
      return s.index + 1 < s.queue.length ? { ...s, ...freshCard, index: s.index + 1 } : { ...s, step: "finished" };
    case "undo": {
      const last = s.undo.at(-1);
      if (!last) return s;
      return {
        ...s,
        undo: s.undo.slice(0, -1),
        graded: s.graded - 1,
        step: last.step,
        followUp: last.followUp,
        index: last.index,
      };
    }
    case "notes":
      return { ...s, notes: action.text };
    case "tick":
      return {
        ...s,
        ticked: s.ticked.includes(action.index)
          ? s.ticked.filter((i) => i !== action.index)
          : [...s.ticked, action.index],
      };
    case "red-flag":
      return { ...s, saidRedFlag: action.said };
  }
}

export const sessionKey = "followup:practice-session";
