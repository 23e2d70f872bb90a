import "client-only";
import {
  type Decoded,
  type Merged,
  type RecordKind,
  clockSkewMs,
  pastDateProblem,
  describeIssue,
} from "@/lib/storage/client";
import { shortenForDisplay } from "@/lib/url";
import { migrate } from "./migrate";
import {
  cardKeyMessage,
  cardSchema,
  dayPattern,
  emptyProgress,
  gradingModes,
  isCardKey,
  reviewSchema,
  type GradingMode,
  type Progress,
  type Review,
  type StoredCard,
} from "./schema";
import { progressKey } from "./store-key";

type Loose = Record<string, unknown>;
const dayMs = 24 * 60 * 60 * 1000;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Validates every card, tombstone and review on its own: one bad card is set aside (the caller
 * keeps a copy of the whole stored text first) and every valid one is kept.
 */
export function decodeProgress(json: unknown): Decoded<Progress> {
  const migrated = migrate(json);
  if (migrated.kind === "unknown") return { kind: "unreadable", why: "it is not Followup progress data" };
  const raw = migrated.raw;
  if (!isObject(raw.cards)) return { kind: "unreadable", why: "cards: expected an object" };
  const setAside: string[] = [];
  const progress = emptyProgress();

  for (const [key, card] of Object.entries(raw.cards)) {
    const parsed = cardSchema.safeParse(card);
    if (!isCardKey(key)) setAside.push(`cards.${shortenForDisplay(key)}: ${cardKeyMessage}`);
    else if (parsed.success) progress.cards[key] = parsed.data;
    else setAside.push(`cards.${key}.${describeIssue(parsed.error)}`);
  }
  for (const [key, at] of Object.entries(isObject(raw.removed) ? raw.removed : {})) {
    const problem = isCardKey(key) ? pastDateProblem(at) : cardKeyMessage;
    if (problem === null) progress.removed[key] = at as string;
    else setAside.push(`removed.${shortenForDisplay(key)}: ${problem}`);
  }
  (Array.isArray(raw.log) ? raw.log : []).forEach((entry, i) => {
    const parsed = reviewSchema.safeParse(entry);
    if (parsed.success) progress.log.push(parsed.data);
    else setAside.push(`log.${i}.${describeIssue(parsed.error)}`);
  });
  // A local day: the latest one anywhere is a day ahead of UTC at most.
  const lastDay = new Date(Date.now() + clockSkewMs + dayMs).toISOString().slice(0, 10);
  for (const [day, n] of Object.entries(isObject(raw.daysBeforeLog) ? raw.daysBeforeLog : {})) {
    if (dayPattern.test(day) && day <= lastDay && Number.isInteger(n) && (n as number) >= 0) {
      progress.daysBeforeLog[day] = n as number;
    } else setAside.push(`daysBeforeLog.${shortenForDisplay(day, 20)}: expected a past day and a count`);
  }
  // A reset in the future would discard every grade until then, so it is set aside, never kept.
  if (raw.clearedAt !== undefined) {
    const problem = pastDateProblem(raw.clearedAt);
    if (problem === null) progress.clearedAt = raw.clearedAt as string;
    else setAside.push(`clearedAt: ${problem}`);
  }
  const settings = isObject(raw.settings) ? raw.settings : {};
  if (gradingModes.includes(settings.grading as GradingMode)) {
    const problem = pastDateProblem(settings.updatedAt);
    if (problem !== null && settings.updatedAt !== undefined) setAside.push(`settings.updatedAt: ${problem}`);
    progress.settings = {
      grading: settings.grading as GradingMode,
      updatedAt: problem === null ? (settings.updatedAt as string) : progress.settings.updatedAt,
    };
  } else if (raw.settings !== undefined) setAside.push("settings.grading: must be four or pass-fail");

  if (migrated.kind === "newer") return { kind: "newer", version: migrated.version, value: progress };
  return { kind: "ok", value: progress, setAside, migratedFrom: migrated.from };
}

/**
 * Set-aside items that an import must not skip quietly: without a valid reset time or tombstone,
 * merging the rest would bring back what the file says was erased, and a future one erases.
 */
export const erasingItem = (item: string) => item.startsWith("clearedAt:") || item.startsWith("removed.");

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) > Date.parse(a) ? b : a;
const reviewId = (r: Review) => `${r.card}@${r.time}`;

/**
 * Newest card wins; a card is dropped when a reset or removal is newer than its last change; the
 * log is the union of both, and an undone review stays undone.
 */
export function mergeProgress(base: Progress, incoming: Progress): Merged<Progress> {
  let changed = false;
  const clearedAt = later(base.clearedAt, incoming.clearedAt);
  if (clearedAt !== base.clearedAt) changed = true;
  const clearedMs = clearedAt ? Date.parse(clearedAt) : -Infinity;

  const removed = { ...base.removed };
  for (const [key, at] of Object.entries(incoming.removed)) {
    const next = later(removed[key], at)!;
    if (next !== removed[key]) [removed[key], changed] = [next, true];
  }

  const cards: Record<string, StoredCard> = {};
  const alive = (key: string, card: StoredCard) => {
    const at = Date.parse(card.updatedAt);
    return at > clearedMs && (removed[key] === undefined || at > Date.parse(removed[key]));
  };
  for (const [key, card] of Object.entries(base.cards)) if (alive(key, card)) cards[key] = card;
  for (const [key, card] of Object.entries(incoming.cards)) {
    const current = cards[key];
    if (alive(key, card) && (!current || Date.parse(card.updatedAt) > Date.parse(current.updatedAt))) {
      cards[key] = card;
      changed = true;
    }
  }

  const log = new Map(base.log.filter((r) => r.time > clearedMs).map((r) => [reviewId(r), r]));
  for (const review of incoming.log) {
    if (review.time <= clearedMs) continue;
    const current = log.get(reviewId(review));
    if (!current || (review.undone && !current.undone)) {
      log.set(reviewId(review), review);
      changed = true;
    }
  }

  const clearedDay = clearedAt?.slice(0, 10) ?? "";
  const daysBeforeLog: Record<string, number> = {};
  for (const source of [base.daysBeforeLog, incoming.daysBeforeLog]) {
    for (const [day, n] of Object.entries(source)) {
      if (day <= clearedDay || n <= (daysBeforeLog[day] ?? 0)) continue;
      if (source === incoming.daysBeforeLog) changed = true;
      daysBeforeLog[day] = n;
    }
  }

  const settings =
    Date.parse(incoming.settings.updatedAt) > Date.parse(base.settings.updatedAt) ? incoming.settings : base.settings;
  if (settings !== base.settings) changed = true;

  const value: Progress = {
    ...base,
    cards,
    removed,
    log: [...log.values()].sort((a, b) => a.time - b.time),
    daysBeforeLog,
    settings,
    ...(clearedAt ? { clearedAt } : {}),
  };
  return { value, changed };
}

export const progressRecord: RecordKind<Progress> = {
  key: progressKey,
  label: "Practice progress",
  empty: emptyProgress,
  decode: decodeProgress,
  merge: mergeProgress,
};
