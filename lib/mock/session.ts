import "client-only";
import { closePhase, deepDiveIndex, phaseClock } from "./phases";
import type { Assessment, MockSession } from "./schema";
import type { MockSettings } from "./settings";
import { mockSessionVersion, type RunOutcome } from "./values";

/**
 * A mock interview as a pure state machine over timestamps. Remaining time is always computed
 * from when things started and how long they were paused, never from counting ticks, so a reload,
 * a background tab or a slow timer cannot make the clock lie.
 */
export type { MockSession };
export type QuestionRun = MockSession["runs"][number];

export const maxPauses = 2;
const minute = 60_000;

export type MockAction =
  | { type: "tick"; now: number; followUpCounts: Record<string, number> }
  | { type: "follow-up"; now: number; available: number }
  | { type: "next"; now: number }
  | { type: "next-phase"; now: number; available: number }
  | { type: "skip"; now: number }
  | { type: "pause"; now: number }
  | { type: "resume"; now: number }
  | { type: "end"; now: number }
  | { type: "notes"; text: string }
  | { type: "announced"; key: string }
  | { type: "assess"; id: string; patch: Partial<Assessment> };

export const blankAssessment: Assessment = { grade: null, ticked: [], saidRedFlag: null, applied: null };

export function startMock(settings: MockSettings, questionIds: string[], now: number): MockSession {
  const first: QuestionRun = {
    id: questionIds[0]!,
    startedAt: now,
    endedAt: null,
    pausedMs: 0,
    followUpsShown: 0,
    notes: "",
    outcome: null,
  };
  return {
    version: mockSessionVersion,
    settings,
    questionIds,
    startedAt: now,
    endedAt: null,
    pausedAt: null,
    pauses: [],
    runs: [first],
    announced: [],
  };
}

export const current = (s: MockSession) => s.runs[s.runs.length - 1]!;
export const questionBudget = (s: MockSession) => s.settings.minutesPerQuestion * minute;
export const overallBudget = (s: MockSession) => s.settings.overallMinutes * minute;
const openPause = (s: MockSession, now: number) => (s.pausedAt === null ? 0 : now - s.pausedAt);

export function overallElapsed(s: MockSession, now: number): number {
  const end = s.endedAt ?? now;
  return end - s.startedAt - s.pauses.reduce((sum, p) => sum + p.ms, 0) - openPause(s, end);
}

export function runElapsed(s: MockSession, run: QuestionRun, now: number): number {
  const isCurrent = run === current(s) && s.endedAt === null;
  const end = run.endedAt ?? now;
  return end - run.startedAt - run.pausedMs - (isCurrent ? openPause(s, end) : 0);
}

export const questionRemaining = (s: MockSession, now: number) => questionBudget(s) - runElapsed(s, current(s), now);
export const overallRemaining = (s: MockSession, now: number) => overallBudget(s) - overallElapsed(s, now);
export const isFinished = (s: MockSession) => s.endedAt !== null;
export const isDesignRound = (s: MockSession) => s.settings.format === "design-round";

/** The design round's current phase at `now`. */
export const currentPhase = (s: MockSession, now: number) =>
  phaseClock(current(s).phaseEnds ?? [], runElapsed(s, current(s), now));

const replaceRun = (s: MockSession, run: QuestionRun): MockSession => ({ ...s, runs: s.runs.slice(0, -1).concat(run) });

/** Closes the current phase; the deep dive opens with the first rung of the ladder already asked. */
function nextPhase(s: MockSession, now: number, available: number): MockSession {
  const run = current(s);
  const before = run.phaseEnds ?? [];
  const phaseEnds = closePhase(before, runElapsed(s, run, now));
  if (phaseEnds.length === before.length) return s;
  const opensDeepDive = phaseEnds.length === deepDiveIndex && Math.min(s.settings.depth, available) > 0;
  return replaceRun(s, {
    ...run,
    phaseEnds,
    followUpsShown: opensDeepDive ? Math.max(1, run.followUpsShown) : run.followUpsShown,
  });
}

/** When the k-th follow-up (1-based) comes by itself: spread from the chosen share to the end. */
export function autoFollowUpAt(s: MockSession, k: number): number | null {
  const share = s.settings.autoFollowUpPercent / 100;
  if (share <= 0 || k > s.settings.depth) return null;
  return questionBudget(s) * (share + ((1 - share) * (k - 1)) / Math.max(s.settings.depth, 1));
}

function closeRun(s: MockSession, at: number, outcome: RunOutcome): MockSession {
  const runs = s.runs.slice(0, -1).concat({ ...current(s), endedAt: at, outcome });
  return { ...s, runs };
}

/** Moves to the next question at `at`, or finishes the interview when there is none. */
function advance(s: MockSession, at: number): MockSession {
  const nextId = s.questionIds[s.runs.length];
  if (nextId === undefined) return { ...s, endedAt: at };
  const run: QuestionRun = {
    id: nextId,
    startedAt: at,
    endedAt: null,
    pausedMs: 0,
    followUpsShown: 0,
    notes: "",
    outcome: null,
  };
  return { ...s, runs: [...s.runs, run] };
}

/** Applies every deadline that has passed by `now`, each at its own exact time, in order. */
function applyDeadlines(s: MockSession, now: number, followUpCounts: Record<string, number>): MockSession {
  let state = s;
  for (let guard = 0; guard < 50 && state.endedAt === null && state.pausedAt === null; guard++) {
    const overallEnd = now + overallRemaining(state, now);
    const questionEnd = now + questionRemaining(state, now);
    const lock = state.settings.onTimeUp === "lock";
    if (overallRemaining(state, now) <= 0 && (!lock || overallEnd <= questionEnd)) {
      return { ...closeRun(state, overallEnd, "timed-out"), endedAt: overallEnd };
    }
    if (lock && questionRemaining(state, now) <= 0) {
      state = advance(closeRun(state, questionEnd, "timed-out"), questionEnd);
      continue;
    }
    break;
  }
  if (state.endedAt !== null || state.pausedAt !== null) return state;
  const run = current(state);
  const available = Math.min(state.settings.depth, followUpCounts[run.id] ?? 0);
  let shown = run.followUpsShown;
  while (shown < available) {
    const at = autoFollowUpAt(state, shown + 1);
    if (at === null || runElapsed(state, run, now) < at) break;
    shown += 1;
  }
  return shown === run.followUpsShown
    ? state
    : { ...state, runs: state.runs.slice(0, -1).concat({ ...run, followUpsShown: shown }) };
}

export function mockReducer(s: MockSession, action: MockAction): MockSession {
  if (s.endedAt !== null && action.type !== "announced" && action.type !== "assess") return s;
  switch (action.type) {
    case "tick":
      return applyDeadlines(s, action.now, action.followUpCounts);
    case "follow-up": {
      const run = current(s);
      const limit = Math.min(s.settings.depth, action.available);
      if (s.pausedAt !== null || run.followUpsShown >= limit) return s;
      // A design round asks its ladder in the deep dive only.
      if (isDesignRound(s) && currentPhase(s, action.now).index !== deepDiveIndex) return s;
      return { ...s, runs: s.runs.slice(0, -1).concat({ ...run, followUpsShown: run.followUpsShown + 1 }) };
    }
    case "next":
      return s.pausedAt === null ? advance(closeRun(s, action.now, "answered"), action.now) : s;
    case "next-phase":
      return s.pausedAt === null && isDesignRound(s) ? nextPhase(s, action.now, action.available) : s;
    case "skip":
      return s.pausedAt === null ? advance(closeRun(s, action.now, "skipped"), action.now) : s;
    case "pause":
      return s.pausedAt === null && s.pauses.length < maxPauses ? { ...s, pausedAt: action.now } : s;
    case "resume": {
      if (s.pausedAt === null) return s;
      const ms = action.now - s.pausedAt;
      const run = current(s);
      return {
        ...s,
        pausedAt: null,
        pauses: [...s.pauses, { at: s.pausedAt, ms }],
        runs: s.runs.slice(0, -1).concat({ ...run, pausedMs: run.pausedMs + ms }),
      };
    }
    case "end": {
      const resumed = s.pausedAt !== null ? mockReducer(s, { type: "resume", now: action.now }) : s;
      return { ...closeRun(resumed, action.now, "ended"), endedAt: action.now };
    }
    case "notes":
      return { ...s, runs: s.runs.slice(0, -1).concat({ ...current(s), notes: action.text }) };
    case "announced":
      return s.announced.includes(action.key) ? s : { ...s, announced: [...s.announced, action.key] };
    case "assess": {
      if (s.endedAt === null) return s;
      const before = s.report?.[action.id] ?? blankAssessment;
      return { ...s, report: { ...s.report, [action.id]: { ...before, ...action.patch } } };
    }
  }
}
