import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { historyRecord } from "@/lib/mock/history";
import { defaultSettings } from "@/lib/mock/settings";
import { notesRecord } from "@/lib/notes/notes-record";
import { gradeInStore } from "@/lib/progress/grading";
import { ProgressStore } from "@/lib/progress/progress-store";
import { resetProgress } from "@/lib/progress/progress-transfer";
import { decodeProgress } from "@/lib/progress/record";
import { progressKey } from "@/lib/progress/store-key";
import { parseImport } from "@/lib/progress/transfer";
import { areaOver } from "@/lib/storage/areas";
import { listBackups } from "@/lib/storage/backups";
import { clockSkewMs } from "@/lib/storage/dates";
import { MemoryStorage } from "./memory-storage";
import { gradedCard, progressData, progressFile } from "./progress-fixtures";

const now = new Date("2026-12-07T12:00:00.000Z");
const future = "2099-01-01T00:00:00Z";
const withinSkew = new Date(now.getTime() + clockSkewMs - 1000).toISOString();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const data = progressData;
const file = progressFile;
const card = (updatedAt: string) => gradedCard(updatedAt, future);

test("an import whose clearedAt lies in the future is refused, naming the field", () => {
  expect(parseImport(file({ clearedAt: future }))).toEqual({
    ok: false,
    error:
      "data.clearedAt: must not be later than now. A reset or removal time that is invalid or later than now would erase grades, so the file was refused.",
  });
});

test("an import with a tombstone in the future is refused, naming the card", () => {
  const result = parseImport(file({ removed: { timers: future } }));
  expect(result.ok ? "" : result.error).toMatch(/^data\.removed\.timers: must not be later than now\./);
});

test("a clearedAt within the clock skew is accepted", () => {
  const result = parseImport(file({ clearedAt: withinSkew }));
  expect(result.ok && result.progress.clearedAt).toBe(withinSkew);
});

test("a card changed in the future is set aside and the others are kept", () => {
  const decoded = decodeProgress(data({ cards: { timers: card(future), streams: card("2026-12-01T00:00:00Z") } }));
  expect(decoded.kind === "ok" && [Object.keys(decoded.value.cards), decoded.setAside]).toEqual([
    ["streams"],
    ["cards.timers.updatedAt: must not be later than now"],
  ]);
});

test("a card's due date may lie in the future", () => {
  const decoded = decodeProgress(data({ cards: { timers: card("2026-12-01T00:00:00Z") } }));
  expect(decoded.kind === "ok" && decoded.setAside).toEqual([]);
});

test("a review logged in the future is set aside", () => {
  const decoded = decodeProgress(data({ log: [{ card: "timers", time: Date.parse(future), rating: 3, state: 0 }] }));
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["log.0.time: must not be later than now"]);
});

test("settings changed in the future are set aside and the defaults' date used", () => {
  const decoded = decodeProgress(data({ settings: { grading: "pass-fail", updatedAt: future } }));
  expect(decoded.kind === "ok" && [decoded.value.settings, decoded.setAside]).toEqual([
    { grading: "pass-fail", updatedAt: new Date(0).toISOString() },
    ["settings.updatedAt: must not be later than now"],
  ]);
});

test("a stored future clearedAt is set aside on load, with a backup, and grades are kept again", async () => {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, JSON.stringify(data({ clearedAt: future })));
  const area = areaOver(storage);
  const store = new ProgressStore(area, () => now);
  expect(store.getSnapshot().notices[0]?.message).toMatch(
    /^Practice progress: 1 item could not be read \(first: clearedAt: must not be later than now\)/,
  );
  expect(listBackups(area)).toHaveLength(1);
  gradeInStore(
    store,
    "timers",
    "good",
    () => null,
    undefined,
    () => null,
  );
  await store.settled();
  expect(Object.keys(JSON.parse(storage.getItem(progressKey)!).cards)).toEqual(["timers"]);
});

test("a reset replaces a clearedAt that was within the skew with now", async () => {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, JSON.stringify(data({ clearedAt: withinSkew })));
  const store = new ProgressStore(areaOver(storage), () => now);
  await resetProgress(store);
  expect(store.getSnapshot().value.clearedAt).toBe(now.toISOString());
});

test("a note changed in the future is set aside", () => {
  const decoded = notesRecord.decode({ version: 1, items: { timers: { text: "x", updatedAt: future } } });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["items.timers.updatedAt: must not be later than now"]);
});

const report = (startedAt: string) => ({
  startedAt,
  settings: defaultSettings("abcd2345"),
  pauses: { count: 0, totalMs: 0 },
  weakSections: [],
  questions: [],
});

test("a mock report whose start is not a date is set aside", () => {
  const decoded = historyRecord.decode({ version: 1, mocks: [report("not a date")] });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["mocks.0.startedAt: must be an ISO date"]);
});

test("a mock report that starts in the future is set aside", () => {
  const decoded = historyRecord.decode({ version: 1, mocks: [report(future), report("2026-12-01T00:00:00.000Z")] });
  expect(decoded.kind === "ok" && [decoded.value.mocks.length, decoded.setAside]).toEqual([
    1,
    ["mocks.0.startedAt: must not be later than now"],
  ]);
});

test("a count of reviews on a day still to come is set aside; today's is kept", () => {
  const decoded = decodeProgress(data({ daysBeforeLog: { "2099-01-01": 3, "2026-12-07": 2 } }));
  expect(decoded.kind === "ok" && [decoded.value.daysBeforeLog, decoded.setAside]).toEqual([
    { "2026-12-07": 2 },
    ["daysBeforeLog.2099-01-01: expected a past day and a count"],
  ]);
});
