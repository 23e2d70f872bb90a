import "client-only";
import { isDifficulty } from "@/lib/content";
import { trackParam } from "@/lib/url/client";
import { readQuery, shortenForDisplay } from "@/lib/url";
import { designRoundPreset, limits, type MockSettings } from "./settings";
import { timeUpChoices } from "./values";

/** Short, readable parameter names; every one is validated on the way back in. */
const keys = {
  seed: "seed",
  n: "n",
  m: "m",
  t: "t",
  d: "d",
  auto: "auto",
  over: "over",
  sec: "sec",
  diff: "diff",
  round: "round",
} as const;

/** The one value `round` takes: the design round, whose timing is fixed, so its link carries none. */
const designRound = "design";

/** The settings as a query; a chosen track rides along so the link draws from the same questions. */
export function encodeSettings(s: MockSettings, track: string | null = null): string {
  const p = new URLSearchParams();
  p.set(keys.seed, s.seed);
  if (s.format === "design-round") p.set(keys.round, designRound);
  else {
    p.set(keys.n, String(s.count));
    p.set(keys.m, String(s.minutesPerQuestion));
    p.set(keys.t, String(s.overallMinutes));
    p.set(keys.d, String(s.depth));
    p.set(keys.auto, String(s.autoFollowUpPercent));
    p.set(keys.over, s.onTimeUp);
  }
  if (s.sections.length > 0) p.set(keys.sec, s.sections.join(","));
  if (s.difficulties.length > 0) p.set(keys.diff, s.difficulties.join(","));
  if (track !== null) p.set(trackParam, track);
  return `?${p.toString().replace(/%2C/g, ",")}`;
}

export type DecodeResult =
  { kind: "none" } | { kind: "ok"; settings: MockSettings } | { kind: "invalid"; problems: string[] };

function wholeNumber(
  raw: string | null,
  [min, max]: readonly [number, number],
  name: string,
  problems: string[],
): number {
  const n = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(n) || n < min || n > max) problems.push(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/**
 * Turns a shared mock link back into settings. It never throws: anything unknown or out of range
 * is collected as a problem and the caller falls back to the set-up screen. Links carry no URLs,
 * so nothing here can redirect anywhere. `track` is no setting: the caller reads it
 * (lib/url/track-param.ts), so a link with only a track starts from the defaults.
 */
export function decodeSettings(search: string, knownSections: string[]): DecodeResult {
  const p = readQuery(search);
  if (!p) return { kind: "invalid", problems: ["the link could not be read"] };
  p.delete(trackParam);
  if ([...p.keys()].length === 0) return { kind: "none" };
  const problems: string[] = [];
  const unknown = [...new Set(p.keys())].filter((k) => !(Object.values(keys) as string[]).includes(k));
  if (unknown.length > 0) problems.push(`unknown option "${shortenForDisplay(unknown[0]!)}"`);
  const seed = p.get(keys.seed) ?? "";
  if (!/^[a-z0-9]{4,16}$/.test(seed)) problems.push("seed must be 4 to 16 lowercase letters or digits");
  const list = (raw: string | null) => (raw ? raw.split(",").filter(Boolean) : []);
  const sections = list(p.get(keys.sec));
  if (sections.some((s) => !knownSections.includes(s))) problems.push("the link names a section that does not exist");
  const named = list(p.get(keys.diff));
  const diffs = named.filter(isDifficulty);
  if (diffs.length < named.length) problems.push("the link names an unknown difficulty");
  const round = p.get(keys.round);
  if (round !== null) {
    if (round !== designRound) problems.push(`round must be "${designRound}"`);
    const settings: MockSettings = { seed, ...designRoundPreset.settings, sections, difficulties: diffs };
    return problems.length > 0 ? { kind: "invalid", problems } : { kind: "ok", settings };
  }
  const over = timeUpChoices.find((choice) => choice === p.get(keys.over));
  if (over === undefined) problems.push(`over must be ${timeUpChoices.map((c) => `"${c}"`).join(" or ")}`);
  const settings: MockSettings = {
    seed,
    count: wholeNumber(p.get(keys.n), limits.count, "n (questions)", problems),
    minutesPerQuestion: wholeNumber(p.get(keys.m), limits.minutesPerQuestion, "m (minutes per question)", problems),
    overallMinutes: wholeNumber(p.get(keys.t), limits.overallMinutes, "t (overall minutes)", problems),
    depth: wholeNumber(p.get(keys.d), limits.depth, "d (follow-up depth)", problems),
    autoFollowUpPercent: wholeNumber(p.get(keys.auto), limits.autoFollowUpPercent, "auto (percent)", problems),
    onTimeUp: over ?? "lock",
    sections,
    difficulties: diffs,
    format: "questions",
  };
  return problems.length > 0 ? { kind: "invalid", problems } : { kind: "ok", settings };
}
