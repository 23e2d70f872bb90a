/**
 * The system design round's phases as pure time arithmetic. A phase's times are offsets into the
 * question's own clock (pauses already taken out), so they survive a reload and need no ticks.
 */
const minute = 60_000;

export const designPhases = [
  { id: "requirements", label: "Requirements", minutes: 5 },
  { id: "estimates", label: "Estimates", minutes: 5 },
  { id: "high-level", label: "High-level design", minutes: 10 },
  { id: "deep-dive", label: "Deep dive", minutes: 20 },
  { id: "wrap-up", label: "Wrap-up", minutes: 5 },
] as const;

export type PhaseId = (typeof designPhases)[number]["id"];

/** Follow-ups are asked in this phase only. */
export const deepDiveIndex = designPhases.findIndex((p) => p.id === "deep-dive");
export const lastPhaseIndex = designPhases.length - 1;
export const roundMinutes = designPhases.reduce((sum, p) => sum + p.minutes, 0);

/** A stored phase id's label; an id this version does not know is shown as it is. */
export const phaseLabel = (id: string): string => designPhases.find((p) => p.id === id)?.label ?? id;

export interface PhaseClock {
  /** 0-based position of the current phase. */
  index: number;
  usedMs: number;
  plannedMs: number;
  /** Negative once the phase has run over its plan. */
  leftMs: number;
  over: boolean;
  last: boolean;
}

/**
 * Where the round stands at `elapsed` ms of question time. `ends` holds the question time at which
 * each finished phase was closed, in order; the last phase is never closed, the round just ends.
 */
export function phaseClock(ends: readonly number[], elapsed: number): PhaseClock {
  const index = Math.min(ends.length, lastPhaseIndex);
  const start = index === 0 ? 0 : ends[index - 1]!;
  const usedMs = Math.max(0, elapsed - start);
  const plannedMs = designPhases[index]!.minutes * minute;
  return {
    index,
    usedMs,
    plannedMs,
    leftMs: plannedMs - usedMs,
    over: usedMs > plannedMs,
    last: index === lastPhaseIndex,
  };
}

/** The close marks after moving on at `elapsed`; the last phase cannot be moved on from. */
export function closePhase(ends: readonly number[], elapsed: number): number[] {
  if (ends.length >= lastPhaseIndex) return [...ends];
  return [...ends, Math.max(elapsed, ends.at(-1) ?? 0)];
}

export interface PhaseTime {
  id: string;
  plannedMs: number;
  /** Null for a phase the round never reached. */
  usedMs: number | null;
}

/** Planned against actual time for every phase, the current one counted up to `elapsed`. */
export function phaseTimes(ends: readonly number[], elapsed: number): PhaseTime[] {
  const current = Math.min(ends.length, lastPhaseIndex);
  return designPhases.map((p, i) => {
    const start = i === 0 ? 0 : (ends[i - 1] ?? 0);
    const end = i < current ? ends[i]! : elapsed;
    return { id: p.id, plannedMs: p.minutes * minute, usedMs: i > current ? null : Math.max(0, end - start) };
  });
}

/** Which phase covers each of a design answer's `###` sections, by the template's headings. */
const headingPhases: Record<string, PhaseId> = {
  "requirements and scope": "requirements",
  "clarifying questions": "requirements",
  estimates: "estimates",
  "api and data model": "high-level",
  "high-level design": "high-level",
  "trade-offs": "deep-dive",
  "what each level shows": "wrap-up",
};

/**
 * The model answer's headings grouped by the phase that covers them, in their order. A heading
 * the template does not name stays with the phase of the heading before it.
 */
export function outlineByPhase(headings: readonly string[]): Record<string, string[]> {
  const outline: Record<string, string[]> = Object.fromEntries(designPhases.map((p) => [p.id, []]));
  let phase: PhaseId = designPhases[0].id;
  for (const heading of headings) {
    phase = headingPhases[heading.trim().toLowerCase()] ?? phase;
    outline[phase]!.push(heading);
  }
  return outline;
}
