import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { gradeInStore, undoInStore } from "@/lib/progress/grading";
import { regradeInStore } from "@/lib/progress/regrade";
import { ProgressStore } from "@/lib/progress/progress-store";
import { importProgress, resetProgress } from "@/lib/progress/progress-transfer";
import { exportProgress } from "@/lib/progress/transfer";
import { emptyProgress } from "@/lib/progress/schema";
import { progressKey } from "@/lib/progress/store-key";
import { areaOver } from "@/lib/storage/areas";
import { listBackups, readBackup } from "@/lib/storage/backups";
import { MemoryStorage } from "./memory-storage";

const now = new Date("2026-05-04T10:00:00.000Z");
const at = (minutes: number) => () => new Date(now.getTime() + minutes * 60_000);
const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, "utf8");

function storageWith(raw?: string) {
  const storage = new MemoryStorage();
  if (raw !== undefined) storage.setItem(progressKey, raw);
  return { storage, area: areaOver(storage) };
}

const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem(progressKey) ?? "null");

test("no saved data starts empty and saving", () => {
  const { area } = storageWith();
  expect(new ProgressStore(area, at(0)).getSnapshot()).toEqual({ value: emptyProgress(), mode: "saved", notices: [] });
});

test("corrupt JSON is kept in a backup before the record starts fresh", () => {
  const { area } = storageWith("{not json");
  const state = new ProgressStore(area, at(0)).getSnapshot();
  expect(state.notices.map((n) => n.message)).toEqual([
    "Practice progress could not be read (it is not valid JSON). A copy of what was stored is kept under Backups on the progress page. Starting fresh.",
  ]);
  const [backup] = listBackups(area);
  expect(readBackup(area, backup!.key)).toBe("{not json");
});

test("foreign data under our key is backed up, not silently dropped", () => {
  const { area } = storageWith('{"hello":"world"}');
  expect(new ProgressStore(area, at(0)).getSnapshot().notices.map((n) => n.kind)).toEqual(["unreadable"]);
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual(['{"hello":"world"}']);
});

test("one invalid card is set aside and every valid card is kept", () => {
  const { area } = storageWith(fixture("one-invalid-card.json"));
  const state = new ProgressStore(area, at(0)).getSnapshot();
  expect(Object.keys(state.value.cards).sort()).toEqual(["event-loop-phases", "streams-backpressure"]);
  expect(state.notices[0]?.message).toMatch(
    /^Practice progress: 1 item could not be read \(first: cards\.buffers\.\w+: .+\) and was set aside; the rest was kept\./,
  );
});

test("the invalid card's original text stays in the backup after the cleaned record is saved", async () => {
  const raw = fixture("one-invalid-card.json");
  const { storage, area } = storageWith(raw);
  await new ProgressStore(area, at(0)).settled();
  expect(Object.keys(stored(storage).cards)).not.toContain("buffers");
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual([raw]);
});

test("when no backup can be written, progress opens read-only and is never overwritten", async () => {
  const raw = fixture("one-invalid-card.json");
  const { storage, area } = storageWith(raw);
  storage.failWrites = "quota";
  const store = new ProgressStore(area, at(0));
  expect(store.getSnapshot().mode).toBe("read-only");
  expect(store.getSnapshot().notices[0]?.kind).toBe("no-backup");
  storage.failWrites = null;
  expect(gradeInStore(store, "a", "good")).toBeNull();
  await store.settled();
  expect(storage.getItem(progressKey)).toBe(raw);
});

test("a read-only record still shows every readable card", () => {
  const { storage, area } = storageWith(fixture("one-invalid-card.json"));
  storage.failWrites = "quota";
  expect(Object.keys(new ProgressStore(area, at(0)).getSnapshot().value.cards)).toHaveLength(2);
});

test("data from a newer version opens read-only and is never overwritten", async () => {
  const newer = JSON.stringify({ ...emptyProgress(), version: 9 });
  const { storage, area } = storageWith(newer);
  const store = new ProgressStore(area, at(0));
  expect(store.getSnapshot().mode).toBe("read-only");
  expect(gradeInStore(store, "event-loop-phases", "good")).toBeNull();
  await store.settled();
  expect(storage.getItem(progressKey)).toBe(newer);
});

test("storage that cannot be read falls back to memory with a notice", () => {
  const { storage, area } = storageWith();
  storage.failReads = true;
  const store = new ProgressStore(area, at(0));
  gradeInStore(store, "event-loop-phases", "good");
  expect(store.getSnapshot().mode).toBe("memory");
  expect(store.getSnapshot().notices[0]?.kind).toBe("unavailable");
  expect(store.getSnapshot().value.cards["event-loop-phases"]).toBeDefined();
});

test("a full storage keeps the new grade in memory and says so", async () => {
  const { storage, area } = storageWith();
  const store = new ProgressStore(area, at(0));
  storage.failWrites = "quota";
  gradeInStore(store, "event-loop-phases", "good");
  expect(await store.settled()).toBe("memory");
  expect(store.getSnapshot().notices.map((n) => n.kind)).toEqual(["quota"]);
  expect(store.getSnapshot().value.cards["event-loop-phases"]?.lastRating).toBe("good");
});

test("version 1 pass/fail data migrates to FSRS cards and keeps a backup", () => {
  const v1 = fixture("v1-pass-fail.json");
  const { area } = storageWith(v1);
  const state = new ProgressStore(area, at(0)).getSnapshot();
  expect(state.notices.map((n) => n.kind)).toEqual(["migrated"]);
  expect(state.value.cards["event-loop-phases"]?.lastRating).toBe("good");
  expect(state.value.cards["buffers"]?.lastRating).toBe("again");
  expect(state.value.daysBeforeLog).toEqual({ "2026-03-01": 1, "2026-03-02": 1 });
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual([v1]);
});

test("version 2 data keeps its cards, its grading choice and its days", () => {
  const { area } = storageWith(fixture("v2-fsrs-with-days.json"));
  const { value } = new ProgressStore(area, at(0)).getSnapshot();
  expect([value.cards["event-loop-phases"]?.stability, value.settings.grading]).toEqual([8.2, "pass-fail"]);
  expect(value.daysBeforeLog).toEqual({ "2026-03-20": 2, "2026-03-26": 1 });
});

test("version 3 data keeps its review log, whose reviews have no duration", () => {
  const { area } = storageWith(fixture("v3-log-without-durations.json"));
  const state = new ProgressStore(area, at(0)).getSnapshot();
  expect(state.notices.map((n) => n.kind)).toEqual(["migrated"]);
  expect(state.value.log).toEqual([{ card: "event-loop-phases", time: 1775037600000, rating: 3, state: 0 }]);
});

test("a grade records how long the card took", () => {
  const store = new ProgressStore(storageWith().area, at(0));
  gradeInStore(store, "a", "good", () => null, 41_250.4);
  expect(store.getSnapshot().value.log[0]?.duration).toBe(41_250);
});

test("loading the same unreadable record again adds no second backup", () => {
  const { area } = storageWith("{not json");
  new ProgressStore(area, at(0));
  new ProgressStore(area, at(1));
  expect(listBackups(area)).toHaveLength(1);
});

test("a grade is saved and survives a reload", async () => {
  const { area } = storageWith();
  const store = new ProgressStore(area, at(0));
  gradeInStore(store, "event-loop-phases#0", "hard");
  await store.settled();
  expect(new ProgressStore(area, at(1)).getSnapshot().value.cards["event-loop-phases#0"]?.lastRating).toBe("hard");
});

test("two tabs that loaded together and grade different cards both keep their grade", async () => {
  const { storage, area } = storageWith();
  const tabA = new ProgressStore(area, at(0));
  const tabB = new ProgressStore(area, at(0));
  gradeInStore(tabA, "a", "good");
  gradeInStore(tabB, "b", "easy");
  await Promise.all([tabA.settled(), tabB.settled()]);
  expect(Object.keys(stored(storage).cards).sort()).toEqual(["a", "b"]);
});

test("a storage event merges the other tab's cards and saves back what only this tab has", async () => {
  const { storage, area } = storageWith();
  const tabA = new ProgressStore(area, at(0));
  gradeInStore(tabA, "a", "good");
  await tabA.settled();
  // Another tab whose write did not merge (an old version, or a stale read) leaves only its card.
  const other = { ...emptyProgress(), cards: { b: stored(storage).cards.a } };
  storage.setItem(progressKey, JSON.stringify(other));
  tabA.handleStorageEvent({ key: progressKey, newValue: JSON.stringify(other) } as StorageEvent);
  await tabA.settled();
  expect(Object.keys(stored(storage).cards).sort()).toEqual(["a", "b"]);
});

test("the same card graded in two tabs keeps both reviews and the later card", async () => {
  const { storage, area } = storageWith();
  const tabA = new ProgressStore(area, at(0));
  const tabB = new ProgressStore(area, at(1));
  gradeInStore(tabA, "q", "again");
  gradeInStore(tabB, "q", "easy");
  await Promise.all([tabA.settled(), tabB.settled()]);
  const saved = stored(storage);
  expect(saved.log.map((r: { rating: number }) => r.rating)).toEqual([1, 4]);
  expect(saved.cards.q.lastRating).toBe("easy");
});

test("an undo in one tab is not brought back by the other tab's next save", async () => {
  const { storage, area } = storageWith();
  const tabA = new ProgressStore(area, at(0));
  const entry = gradeInStore(tabA, "q", "good")!;
  await tabA.settled();
  const tabB = new ProgressStore(area, at(2));
  undoInStore(tabA, entry);
  await tabA.settled();
  gradeInStore(tabB, "other", "good");
  await tabB.settled();
  expect(Object.keys(stored(storage).cards)).toEqual(["other"]);
});

test("a reset in one tab is not undone by another tab's save", async () => {
  const { storage, area } = storageWith();
  const tabA = new ProgressStore(area, at(0));
  gradeInStore(tabA, "a", "good");
  await tabA.settled();
  const tabB = new ProgressStore(area, at(1));
  const resetTab = new ProgressStore(area, at(2));
  expect(await resetProgress(resetTab)).toBe("saved");
  gradeInStore(tabB, "b", "good");
  await tabB.settled();
  expect(Object.keys(stored(storage).cards)).toEqual([]);
});

test("a reset keeps a backup of what it erased", async () => {
  const { storage, area } = storageWith();
  const store = new ProgressStore(area, at(0));
  gradeInStore(store, "a", "good");
  await store.settled();
  const before = storage.getItem(progressKey);
  await resetProgress(store);
  expect(listBackups(area).map((b) => [b.reason, readBackup(area, b.key)])).toEqual([["before a reset", before]]);
});

test("importing a bad file reports it and changes nothing", async () => {
  const { storage, area } = storageWith();
  const store = new ProgressStore(area, at(0));
  gradeInStore(store, "a", "good");
  await store.settled();
  const before = storage.getItem(progressKey);
  expect(await importProgress(store, '{"format":"something-else"}')).toEqual({
    ok: false,
    error: 'The file is not a Followup progress export (its "format" field is missing or different).',
  });
  expect(await importProgress(store, "nope")).toEqual({ ok: false, error: "The file is not valid JSON." });
  expect(storage.getItem(progressKey)).toBe(before);
});

test("an import says exactly how many cards were stored and how many were older", async () => {
  const older = new ProgressStore(storageWith().area, () => new Date("2026-01-01T00:00:00Z"));
  gradeInStore(older, "a", "again");
  gradeInStore(older, "c", "good");
  const store = new ProgressStore(storageWith().area, at(0));
  gradeInStore(store, "a", "easy");
  expect(await importProgress(store, exportProgress(older.getSnapshot().value, now))).toEqual({
    ok: true,
    message:
      "Imported 1 card of 2. 1 card older than yours here, or than your last reset, was left out. To restore the file as it is, import it again and choose Replace.",
  });
  expect(store.getSnapshot().value.cards["a"]?.lastRating).toBe("easy");
});

test("an import whose write fails is an error, not a success", async () => {
  const source = new ProgressStore(storageWith().area, at(0));
  gradeInStore(source, "a", "good");
  const { storage, area } = storageWith();
  const store = new ProgressStore(area, at(1));
  storage.failWrites = "quota";
  const result = await importProgress(store, exportProgress(source.getSnapshot().value, now));
  expect(result.ok).toBe(false);
});

test("a regrade in the same millisecond replaces the earlier grade and survives a reload", async () => {
  const { storage, area } = storageWith();
  const store = new ProgressStore(area, at(0));
  const first = gradeInStore(store, "q", "hard");
  regradeInStore(store, first, "q", "easy");
  await store.settled();
  expect(new ProgressStore(area, at(0)).getSnapshot().value.cards.q?.lastRating).toBe("easy");
  expect(stored(storage).log.filter((r: { undone?: boolean }) => !r.undone)).toHaveLength(1);
});
