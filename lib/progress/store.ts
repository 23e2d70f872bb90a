import { migrate } from "./migrate";
import { emptyProgress, progressSchema, type Progress } from "./schema";

import { progressKey } from "./store-key";

export { progressKey };
export const backupKeyPrefix = "followup:progress:backup:";

export type StoreMode = "saved" | "memory" | "read-only";
export interface StoreNotice {
  kind: "corrupt" | "unavailable" | "quota" | "newer" | "migrated";
  message: string;
}

export interface LoadedProgress {
  progress: Progress;
  mode: StoreMode;
  notices: StoreNotice[];
}

/** The first problem zod/mini found, as `path: message`, for notices and import errors. */
export function describeIssue(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return "invalid data";
  return issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message;
}

/** Copies raw data aside before it is replaced; false when storage refuses the copy. */
export function copyAside(storage: Storage | undefined, key: string, raw: string): boolean {
  try {
    storage?.setItem(key, raw);
    return storage !== undefined;
  } catch {
    return false;
  }
}

function backUp(storage: Storage, raw: string, now: Date): string {
  const key = `${backupKeyPrefix}${now.toISOString()}`;
  return copyAside(storage, key, raw)
    ? `A copy of the unreadable data was kept under "${key}".`
    : "The unreadable data could not be copied (storage is full), so it was left in place untouched.";
}

/**
 * Reads progress without ever throwing or silently dropping data: unreadable data is backed up and
 * replaced by an empty record, data from a newer version opens read-only, and unavailable storage
 * falls back to memory. Each case comes with a notice the page shows.
 */
export function loadProgress(storage: Storage | undefined, now: Date): LoadedProgress {
  let raw: string | null;
  try {
    if (!storage) throw new Error("no storage");
    raw = storage.getItem(progressKey);
  } catch {
    const message =
      "Browser storage is unavailable (private mode or disabled), so progress lasts only until you close this tab.";
    return { progress: emptyProgress(), mode: "memory", notices: [{ kind: "unavailable", message }] };
  }
  if (raw === null) return { progress: emptyProgress(), mode: "saved", notices: [] };

  const corrupt = (why: string): LoadedProgress => ({
    progress: emptyProgress(),
    mode: "saved",
    notices: [
      {
        kind: "corrupt",
        message: `Saved progress could not be read (${why}). ${backUp(storage, raw, now)} Starting fresh.`,
      },
    ],
  });

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return corrupt("it is not valid JSON");
  }
  const migrated = migrate(json);
  if (migrated.kind === "newer") {
    const readable = progressSchema.safeParse({ ...(json as object), version: 2 });
    const message = `Progress was saved by a newer version of Followup (data version ${migrated.version}). It is shown read-only and nothing is saved here, so that data stays intact.`;
    return {
      progress: readable.success ? readable.data : emptyProgress(),
      mode: "read-only",
      notices: [{ kind: "newer", message }],
    };
  }
  if (migrated.kind === "unknown") return corrupt("it is not Followup progress data");
  const candidate = migrated.kind === "current" ? migrated.raw : migrated.value;
  const parsed = progressSchema.safeParse(candidate);
  if (!parsed.success) return corrupt(describeIssue(parsed.error));
  if (migrated.kind === "migrated") {
    const message = `Progress from data version ${migrated.from} was upgraded. ${backUp(storage, raw, now)}`;
    return { progress: parsed.data, mode: "saved", notices: [{ kind: "migrated", message }] };
  }
  return { progress: parsed.data, mode: "saved", notices: [] };
}

export type SaveResult = { ok: true } | { ok: false; notice: StoreNotice };

export function saveProgress(storage: Storage | undefined, progress: Progress): SaveResult {
  try {
    if (!storage) throw new Error("no storage");
    storage.setItem(progressKey, JSON.stringify(progress));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
    const message = quota
      ? "Browser storage is full, so new progress is kept in memory for this tab only. Export it to keep it."
      : "Browser storage stopped accepting writes, so new progress is kept in memory for this tab only.";
    return { ok: false, notice: { kind: quota ? "quota" : "unavailable", message } };
  }
}
