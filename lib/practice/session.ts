import "client-only";
import * as z from "zod/mini";
import { buildUndoSchema, type Rating } from "@/lib/progress/client";
import { lazySchema } from "@/lib/storage/client";

/**
 * One practice session as a pure state machine. Per question: question → answer (grade) → each
 * follow-up's question → its answer (grade) → card-done → next question. A step graded Again or
 * Hard joins the relearning queue and is asked once more, on its own, after the last question;
 * Again there brings it back again, so the session ends only once every miss was recalled. The
 * whole state is saved, so a reload resumes on the same question and step.
 */
export const steps = ["question", "answer", "follow-up", "follow-up-answer", "card-done", "finished"] as const;
export type Step = (typeof steps)[number];
export const practiceSessionVersion = 1;

function buildSessionSchema() {
  /** A step to ask again: the question at `index` in the queue, or (followUp set) one of its follow-ups. */
  const relearnStep = z.object({ index: z.number().check(z.int(), z.nonnegative()), followUp: z.nullable(z.number()) });
  const undoRecord = z.object({
    entry: buildUndoSchema(),
    step: z.enum(steps),
    followUp: z.number(),
    index: z.number(),
    relearn: z.optional(z.array(relearnStep)),
    retry: z.optional(z.nullable(relearnStep)),
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
    /** Steps still to ask again (optional: sessions saved before relearning have none). */
    relearn: z.optional(z.array(relearnStep)),
    /** The step being asked again now, if any. */
    retry: z.optional(z.nullable(relearnStep)),
  });
}

export const sessionSchema = lazySchema(buildSessionSchema);
export type Session = z.infer<ReturnType<typeof buildSessionSchema>>;
export type RelearnStep = NonNullable<Session["retry"]>;

export type SessionAction =
  | { type: "reveal" }
  | { type: "graded"; entry: Session["undo"][number]["entry"]; rating: Rating; followUpCount: number }
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
    relearn: [],
    retry: null,
  };
}

/** Questions still to finish plus steps still to ask again: what "7 left" counts. */
export function stepsLeft(s: Session): number {
  if (s.step === "finished") return 0;
  const done = s.step === "card-done" ? 1 : 0;
  const main = s.retry ? 0 : s.queue.length - s.index - done;
  return main + (s.relearn ?? []).length + (s.retry ? 1 - done : 0);
}

/** Whether "next" from here asks something more (a question or a step again) rather than finishing. */
export const hasMore = (s: Session) => (!s.retry && s.index + 1 < s.queue.length) || (s.relearn ?? []).length > 0;

const freshCard = { step: "question" as Step, followUp: 0, notes: "", ticked: [], saidRedFlag: null };

export function sessionReducer(s: Session, action: SessionAction): Session {
  switch (action.type) {
    case "reveal":
      if (s.step === "question") return { ...s, step: "answer" };
      if (s.step === "follow-up") return { ...s, step: "follow-up-answer" };
      return s;
    case "graded": {
      if (s.step !== "answer" && s.step !== "follow-up-answer") return s;
      const retry = s.retry ?? null;
      const relearn = s.relearn ?? [];
      const record = { entry: action.entry, step: s.step, followUp: s.followUp, index: s.index, relearn, retry };
      // Asked again, Hard counts as recalled, so a session always ends.
      const missed = action.rating === "again" || (action.rating === "hard" && !retry);
      const here = { index: s.index, followUp: s.step === "answer" ? null : s.followUp };
      const nextFollowUp = s.step === "answer" ? 0 : s.followUp + 1;
      const more = !retry && nextFollowUp < action.followUpCount;
      return {
        ...s,
        undo: [...s.undo, record],
        graded: s.graded + 1,
        relearn: missed ? [...relearn, here] : relearn,
        step: more ? "follow-up" : "card-done",
        followUp: more ? nextFollowUp : s.followUp,
      };
    }
    case "stop-ladder":
      return s.step === "follow-up" || s.step === "follow-up-answer" ? { ...s, step: "card-done" } : s;
    case "next": {
      if (s.step === "finished") return s;
      if (!s.retry && s.index + 1 < s.queue.length) return { ...s, ...freshCard, index: s.index + 1 };
      const [again, ...rest] = s.relearn ?? [];
      if (!again) return { ...s, step: "finished", retry: null };
      return {
        ...s,
        ...freshCard,
        index: again.index,
        retry: again,
        relearn: rest,
        step: again.followUp === null ? "question" : "follow-up",
        followUp: again.followUp ?? 0,
      };
    }
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
        relearn: last.relearn ?? [],
        retry: last.retry ?? null,
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
