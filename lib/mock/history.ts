import "client-only";
import {
  openArea,
  pastDateProblem,
  describeIssue,
  RecordStore,
  type Decoded,
  type Merged,
  type RecordKind,
} from "@/lib/storage/client";
import { mockRecordSchema, type MockHistory, type MockRecord } from "./schema";
import { historyVersion } from "./values";

export const historyKey = "followup:mock-history";
const format = "followup-mock-history";

const empty = (): MockHistory => ({ version: historyVersion, mocks: [] });

/** Each report is validated on its own, so one bad report never hides the others. */
export function decodeHistory(json: unknown): Decoded<MockHistory> {
  const raw = json as { version?: unknown; mocks?: unknown } | null;
  if (typeof raw !== "object" || raw === null || !Array.isArray(raw.mocks)) {
    return { kind: "unreadable", why: "it is not Followup mock history" };
  }
  const history = empty();
  const setAside: string[] = [];
  raw.mocks.forEach((mock, i) => {
    const parsed = mockRecordSchema.safeParse(mock);
    // A report is keyed and shown by when it started, so that must be a real date, not a future one.
    const dateProblem = parsed.success ? pastDateProblem(parsed.data.startedAt) : null;
    if (!parsed.success) setAside.push(`mocks.${i}.${describeIssue(parsed.error)}`);
    else if (dateProblem !== null) setAside.push(`mocks.${i}.startedAt: ${dateProblem}`);
    else history.mocks.push(parsed.data);
  });
  if (typeof raw.version === "number" && raw.version > historyVersion) {
    return { kind: "newer", version: raw.version, value: history };
  }
  // Version 1 reports are version 2 reports without phase times, so they are kept as they are.
  if (raw.version === 1) return { kind: "ok", value: history, setAside, migratedFrom: 1 };
  if (raw.version !== historyVersion) return { kind: "unreadable", why: `version: expected ${historyVersion}` };
  return { kind: "ok", value: history, setAside };
}

/** Reports are keyed by their start time; both tabs' reports are kept. */
export function mergeHistory(base: MockHistory, incoming: MockHistory): Merged<MockHistory> {
  const known = new Set(base.mocks.map((m) => m.startedAt));
  const added = incoming.mocks.filter((m) => !known.has(m.startedAt));
  if (added.length === 0) return { value: base, changed: false };
  const mocks = [...base.mocks, ...added].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { value: { ...base, mocks }, changed: true };
}

export const historyRecord: RecordKind<MockHistory> = {
  key: historyKey,
  label: "Mock history",
  empty,
  decode: decodeHistory,
  merge: mergeHistory,
};

export const appendRecord = (history: MockHistory, record: MockRecord): MockHistory => ({
  ...history,
  mocks: [...history.mocks.filter((m) => m.startedAt !== record.startedAt), record],
});

export const exportHistory = (history: MockHistory, now: Date) =>
  JSON.stringify({ format, exportedAt: now.toISOString(), data: history }, null, 2);

/** Validates the file first; a file that is not ours changes nothing. */
export function parseHistoryImport(
  text: string,
): { ok: true; history: MockHistory; setAside: string[] } | { ok: false; error: string } {
  let json: { format?: unknown; data?: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  if (json?.format !== format) return { ok: false, error: "The file is not a Followup mock history export." };
  const decoded = decodeHistory(json.data);
  if (decoded.kind === "newer")
    return {
      ok: false,
      error: `The file comes from a newer version of Followup (data version ${decoded.version}); update first.`,
    };
  if (decoded.kind === "unreadable") return { ok: false, error: `The file's data is unreadable: ${decoded.why}.` };
  return { ok: true, history: decoded.value, setAside: decoded.setAside };
}

/** The mock history store, merged across tabs like progress. */
export class HistoryStore extends RecordStore<MockHistory> {
  constructor(area = openArea("local"), now?: () => Date) {
    super(historyRecord, area, true, now);
  }

  /** Merges an export and says how many reports were stored; a failed write is an error. */
  async importJson(text: string): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
    if (this.getSnapshot().mode === "read-only") return { ok: false, error: "Mock history is read-only in this tab." };
    const parsed = parseHistoryImport(text);
    if (!parsed.ok) return parsed;
    const before = new Set(this.getSnapshot().value.mocks.map((m) => m.startedAt));
    const mode = await this.update((history) => mergeHistory(history, parsed.history).value);
    if (mode !== "saved") {
      return {
        ok: false,
        error:
          "The import could not be saved because browser storage refused the write; the reports are in this tab only.",
      };
    }
    const added = this.getSnapshot().value.mocks.filter((m) => !before.has(m.startedAt)).length;
    const skipped =
      parsed.setAside.length > 0
        ? ` ${parsed.setAside.length} invalid report${parsed.setAside.length === 1 ? " was" : "s were"} skipped (first: ${parsed.setAside[0]}).`
        : "";
    return { ok: true, message: `Imported ${added} mock report${added === 1 ? "" : "s"}.${skipped}` };
  }
}

let store: HistoryStore | undefined;

export function getHistoryStore(): HistoryStore {
  if (!store) {
    store = new HistoryStore();
    window.addEventListener("storage", store.handleStorageEvent);
  }
  return store;
}
