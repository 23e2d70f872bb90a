import { expect, test } from "vitest";
import { appendRecord, exportHistory, historyKey, importHistory, loadHistory } from "@/lib/mock/history";
import type { MockRecord } from "@/lib/mock/schema";
import { defaultSettings } from "@/lib/mock/settings";
import { MemoryStorage } from "./memory-storage";

const now = new Date("2026-05-04T10:00:00.000Z");
const record = (startedAt: string): MockRecord => ({
  startedAt,
  settings: defaultSettings("abcd2345"),
  pauses: { count: 0, totalMs: 0 },
  weakSections: [],
  questions: [],
});

test("corrupt mock history is backed up and announced", () => {
  const storage = new MemoryStorage();
  storage.setItem(historyKey, '{"version":1,"mocks":"nope"}');
  const loaded = loadHistory(storage, now);
  expect(loaded.history.mocks).toEqual([]);
  expect(loaded.notice).toContain("could not be read");
  expect(storage.getItem(`${historyKey}:backup:${now.toISOString()}`)).toBe('{"version":1,"mocks":"nope"}');
});

test("import rejects a foreign file and merges a valid one by start time", () => {
  const history = appendRecord({ version: 1, mocks: [] }, record("2026-01-01T00:00:00.000Z"));
  expect(importHistory(history, "{}")).toEqual({ ok: false, error: "The file is not a Followup mock history export." });
  const other = appendRecord(history, record("2026-02-01T00:00:00.000Z"));
  const result = importHistory(history, exportHistory(other, now));
  expect(result.ok && [result.added, result.history.mocks.length]).toEqual([1, 2]);
});
