import "client-only";
import { difficulties, isDifficulty } from "@/lib/content";
import { roundMinutes } from "./phases";
import type { MockSettings } from "./schema";

export type { MockSettings };

export const presets: {
  id: string;
  label: string;
  settings: Omit<MockSettings, "seed" | "sections" | "difficulties">;
}[] = [
  {
    id: "screen",
    label: "Backend screen: 5 questions, about 8 minutes each, 45 minutes",
    settings: {
      count: 5,
      minutesPerQuestion: 8,
      overallMinutes: 45,
      depth: 3,
      autoFollowUpPercent: 50,
      onTimeUp: "lock",
      format: "questions",
    },
  },
  {
    id: "warm-up",
    label: "Warm-up: 3 questions, 6 minutes each, 20 minutes",
    settings: {
      count: 3,
      minutesPerQuestion: 6,
      overallMinutes: 20,
      depth: 2,
      autoFollowUpPercent: 0,
      onTimeUp: "overtime",
      format: "questions",
    },
  },
  {
    id: "deep",
    label: "Deep dive: 3 questions, 12 minutes each, full ladders",
    settings: {
      count: 3,
      minutesPerQuestion: 12,
      overallMinutes: 40,
      depth: 8,
      autoFollowUpPercent: 40,
      onTimeUp: "lock",
      format: "questions",
    },
  },
  {
    id: "design-round",
    label: `System design round: 1 design question, ${roundMinutes} minutes in five timed phases`,
    // The whole ladder is there for the deep dive; follow-ups come on request, one at a time.
    settings: {
      count: 1,
      minutesPerQuestion: roundMinutes,
      overallMinutes: roundMinutes,
      depth: 8,
      autoFollowUpPercent: 0,
      onTimeUp: "overtime",
      format: "design-round",
    },
  },
];

export const designRoundPreset = presets.find((p) => p.id === "design-round")!;

export const limits = {
  count: [1, 10],
  minutesPerQuestion: [1, 30],
  overallMinutes: [1, 180],
  depth: [0, 8],
  autoFollowUpPercent: [0, 95],
} as const;

export function newSeed(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => "abcdefghjkmnpqrstuvwxyz23456789"[Math.floor(random() * 31)]).join("");
}

export const defaultSettings = (seed: string): MockSettings => ({
  seed,
  ...presets[0]!.settings,
  sections: [],
  difficulties: [],
});

/** Whether a question belongs in a mock of this format: a design question needs a whole round. */
export const fitsFormat = (q: { kind?: string }, format: MockSettings["format"]): boolean =>
  (q.kind === "design") === (format === "design-round");

/** Same settings and seed, same questions: a seeded shuffle of the questions in scope. */
export function drawQuestions(
  questions: { id: string; section: string; difficulty: string; kind?: string }[],
  settings: MockSettings,
): string[] {
  const pool = questions.filter(
    (q) =>
      fitsFormat(q, settings.format) &&
      (settings.sections.length === 0 || settings.sections.includes(q.section)) &&
      (settings.difficulties.length === 0 || settings.difficulties.some((d) => d === q.difficulty)),
  );
  let state = 2166136261;
  for (const ch of settings.seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619);
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ids = pool.map((q) => q.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, settings.count);
}

export { difficulties, isDifficulty };
