import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { ProgressStore } from "@/lib/progress/progress-store";
import { emptyProgress } from "@/lib/progress/schema";
import { backupKeyPrefix, loadProgress, progressKey } from "@/lib/progress/store";
import { MemoryStorage } from "./memory-storage";
import { gradeInStore } from "@/lib/progress/grading";

const now = new Date("2026-05-04T10:00:00.000Z");

test("no saved data starts empty and saving", () => {
  expect(loadProgress(new MemoryStorage(), now)).toEqual({ progress: emptyProgress(), mode: "saved", notices: [] });
});

test("corrupt JSON is backed up, replaced by defaults and announced", () => {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, "{not json");
  const loaded = loadProgress(storage, now);
  expect(loaded.progress).toEqual(emptyProgress());
  expect(loaded.notices[0]?.kind).toBe("corrupt");
  expect(loaded.notices[0]?.message).toContain("it is not valid JSON");
  expect(storage.getItem(`${backupKeyPrefix}${now.toISOString()}`)).toBe("{not json");
});

test("foreign data under our key is backed up, not silently dropped", () => {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, JSON.stringify({ hello: "world" }));
  const loaded = loadProgress(storage, now);
  expect(loaded.notices.map((n) => n.kind)).toEqual(["corrupt"]);
  expect(storage.getItem(`${backupKeyPrefix}${now.toISOString()}`)).toBe('{"hello":"world"}');
});

test("a current-version record with a bad field names the field", () => {
  const storage = new MemoryStorage();
  const bad = { ...emptyProgress(), cards: { x: { due: "not a date" } } };
  storage.setItem(progressKey, JSON.stringify(bad));
  expect(loadProgress(storage, now).notices[0]?.message).toMatch(/cards\.x\.\w+: /);
});

test("data from a newer version opens read-only and is never overwritten", () => {
  const storage = new MemoryStorage();
  const newer = JSON.stringify({ ...emptyProgress(), version: 9 });
  storage.setItem(progressKey, newer);
  const store = new ProgressStore(storage, () => now);
  expect(store.getSnapshot().mode).toBe("read-only");
  expect(gradeInStore(store, "event-loop-phases", "good")).toBeNull();
  expect(storage.getItem(progressKey)).toBe(newer);
});

test("storage that cannot be read falls back to memory with a notice", () => {
  const storage = new MemoryStorage();
  storage.failReads = true;
  const store = new ProgressStore(storage, () => now);
  expect(store.getSnapshot().mode).toBe("memory");
  gradeInStore(store, "event-loop-phases", "good");
  expect(store.getSnapshot().progress.cards["event-loop-phases"]).toBeDefined();
});

test("a full storage keeps the new grade in memory and says so", () => {
  const storage = new MemoryStorage();
  const store = new ProgressStore(storage, () => now);
  storage.failWrites = "quota";
  gradeInStore(store, "event-loop-phases", "good");
  const state = store.getSnapshot();
  expect(state.mode).toBe("memory");
  expect(state.notices.map((n) => n.kind)).toEqual(["quota"]);
  expect(state.progress.cards["event-loop-phases"]?.lastRating).toBe("good");
});

test("version 1 pass/fail data migrates to FSRS cards and keeps a backup", () => {
  const storage = new MemoryStorage();
  const v1 = readFileSync("tests/fixtures/progress/v1-pass-fail.json", "utf8");
  storage.setItem(progressKey, v1);
  const loaded = loadProgress(storage, now);
  expect(loaded.notices.map((n) => n.kind)).toEqual(["migrated"]);
  expect(loaded.progress.cards["event-loop-phases"]?.lastRating).toBe("good");
  expect(loaded.progress.cards["buffers"]?.lastRating).toBe("again");
  expect(loaded.progress.days).toEqual({ "2026-03-01": 1, "2026-03-02": 1 });
  expect(storage.getItem(`${backupKeyPrefix}${now.toISOString()}`)).toBe(v1);
});

test("a grade is saved and survives a reload", () => {
  const storage = new MemoryStorage();
  gradeInStore(new ProgressStore(storage, () => now), "event-loop-phases#0", "hard");
  const reloaded = new ProgressStore(storage, () => now).getSnapshot();
  expect(reloaded.progress.cards["event-loop-phases#0"]?.lastRating).toBe("hard");
});

test("a storage event from another tab merges its newer cards", () => {
  const storage = new MemoryStorage();
  const tabA = new ProgressStore(storage, () => now);
  const tabB = new ProgressStore(storage, () => new Date(now.getTime() + 60_000));
  gradeInStore(tabA, "a", "good");
  gradeInStore(tabB, "b", "easy");
  tabA.handleStorageEvent({ key: progressKey, newValue: storage.getItem(progressKey) } as StorageEvent);
  expect(Object.keys(tabA.getSnapshot().progress.cards).sort()).toEqual(["a", "b"]);
});

test("importing a bad file reports it and changes nothing", () => {
  const storage = new MemoryStorage();
  const store = new ProgressStore(storage, () => now);
  gradeInStore(store, "a", "good");
  const before = storage.getItem(progressKey);
  expect(store.importJson('{"format":"something-else"}')).toEqual({
    ok: false,
    error: 'The file is not a Followup progress export (its "format" field is missing or different).',
  });
  expect(store.importJson("nope")).toEqual({ ok: false, error: "The file is not valid JSON." });
  expect(storage.getItem(progressKey)).toBe(before);
});

test("importing a good file merges newest-wins per card", () => {
  const older = new ProgressStore(new MemoryStorage(), () => new Date("2026-01-01T00:00:00Z"));
  gradeInStore(older, "a", "again");
  gradeInStore(older, "c", "good");
  const store = new ProgressStore(new MemoryStorage(), () => now);
  gradeInStore(store, "a", "easy");
  expect(store.importJson(older.exportJson())).toEqual({ ok: true, cards: 2 });
  const cards = store.getSnapshot().progress.cards;
  expect(cards["a"]?.lastRating).toBe("easy");
  expect(cards["c"]?.lastRating).toBe("good");
});

test("reset empties progress", () => {
  const store = new ProgressStore(new MemoryStorage(), () => now);
  gradeInStore(store, "a", "good");
  store.reset();
  expect(store.getSnapshot().progress).toEqual(emptyProgress());
});
