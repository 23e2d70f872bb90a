import { copyAside, describeIssue } from "../progress/store";
import { historySchema, type MockHistory, type MockRecord } from "./schema";

export const historyKey = "followup:mock-history";
const format = "followup-mock-history";

export interface LoadedHistory {
  history: MockHistory;
  notice: string | null;
}

const empty = (): MockHistory => ({ version: 1, mocks: [] });

/**
 * Past mock reports, under the same rules as practice progress: validated, never thrown away.
 * Unreadable data is copied to a backup key before the history starts empty.
 */
export function loadHistory(storage: Storage | undefined, now: Date): LoadedHistory {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(historyKey) ?? null;
  } catch {
    return { history: empty(), notice: "Browser storage is unavailable, so mock reports are kept for this tab only." };
  }
  if (raw === null) return { history: empty(), notice: null };
  let why: string;
  try {
    const parsed = historySchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { history: parsed.data, notice: null };
    why = describeIssue(parsed.error);
  } catch {
    why = "it is not valid JSON";
  }
  const backup = `${historyKey}:backup:${now.toISOString()}`;
  if (!copyAside(storage, backup, raw)) {
    return {
      history: empty(),
      notice: `Saved mock reports could not be read (${why}) and storage is full; they were left in place.`,
    };
  }
  return {
    history: empty(),
    notice: `Saved mock reports could not be read (${why}). A copy was kept under "${backup}".`,
  };
}

export function saveHistory(storage: Storage | undefined, history: MockHistory): boolean {
  try {
    storage?.setItem(historyKey, JSON.stringify(history));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export const appendRecord = (history: MockHistory, record: MockRecord): MockHistory => ({
  ...history,
  mocks: [...history.mocks.filter((m) => m.startedAt !== record.startedAt), record],
});

export const exportHistory = (history: MockHistory, now: Date) =>
  JSON.stringify({ format, exportedAt: now.toISOString(), data: history }, null, 2);

/** Validates the whole file first; merges by start time, so importing twice adds nothing. */
export function importHistory(
  history: MockHistory,
  text: string,
): { ok: true; history: MockHistory; added: number } | { ok: false; error: string } {
  let json: { format?: unknown; data?: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  if (json?.format !== format) return { ok: false, error: "The file is not a Followup mock history export." };
  const parsed = historySchema.safeParse(json.data);
  if (!parsed.success) return { ok: false, error: `The file's data is invalid at ${describeIssue(parsed.error)}.` };
  const known = new Set(history.mocks.map((m) => m.startedAt));
  const added = parsed.data.mocks.filter((m) => !known.has(m.startedAt));
  const mocks = [...history.mocks, ...added].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { ok: true, history: { version: 1, mocks }, added: added.length };
}
