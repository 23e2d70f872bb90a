import { expect, test } from "vitest";
import { bookmarksRecord, setBookmark } from "@/lib/notes/bookmarks-record";
import { notesRecord, setNote } from "@/lib/notes/notes-record";
import { backupAsExport, backupTarget } from "@/lib/progress/backup-restore";
import { gradeCard } from "@/lib/progress/scheduler";
import { ProgressStore } from "@/lib/progress/progress-store";
import { resetData } from "@/lib/progress/reset";
import { progressKey } from "@/lib/progress/store-key";
import { companion, exportAll, importAll } from "@/lib/progress/transfer-all";
import { exportFormat, parseImport } from "@/lib/progress/transfer";
import { progressRecord } from "@/lib/progress/record";
import { areaOver, type Area } from "@/lib/storage/areas";
import { listBackups, readBackup } from "@/lib/storage/backups";
import { RecordStore, replacedKey, type RecordKind } from "@/lib/storage/record-store";
import { MemoryStorage } from "./memory-storage";

const now = new Date("2026-05-04T10:00:00.000Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** A browser's records over one storage: progress graded on two cards, a note and a bookmark. */
function browser(storage = new MemoryStorage(), clock = () => at(10)) {
  const area = areaOver(storage);
  const progress = new ProgressStore(area, clock);
  const notes = new RecordStore(notesRecord, area, true, clock);
  const bookmarks = new RecordStore(bookmarksRecord, area, true, clock);
  const companions = [companion("notes", notesRecord, notes), companion("bookmarks", bookmarksRecord, bookmarks)];
  return { storage, area, progress, notes, bookmarks, companions };
}

async function seeded() {
  const b = browser();
  await b.progress.update(
    (p) => gradeCard(gradeCard(p, "timers", "good", at(1)).progress, "streams", "hard", at(2)).progress,
  );
  await b.notes.update((n) => setNote(n, "timers", "setTimeout is not exact", at(3)));
  await b.bookmarks.update((m) => setBookmark(m, "streams", true, at(4)));
  return b;
}

const stored = (storage: MemoryStorage, key: string) => JSON.parse(storage.getItem(key) ?? "null");
const records = (storage: MemoryStorage) =>
  [progressKey, notesRecord.key, bookmarksRecord.key].map((key) => stored(storage, key));
const exported = (file: string) => {
  const json = JSON.parse(file);
  return [json.data, json.notes, json.bookmarks];
};

test("export, reset everything, import with replace: every record is as exported", async () => {
  const b = await seeded();
  const file = exportAll(b.progress, b.companions, at(5));
  await resetData(b.progress, b.companions, ["notes", "bookmarks"]);
  const result = await importAll(file, b.progress, b.companions, "replace");
  expect(result.ok).toBe(true);
  expect(records(b.storage)).toEqual(exported(file));
});

test("export, reset, import with merge: the reset counts, and the message says how to restore", async () => {
  const b = await seeded();
  const file = exportAll(b.progress, b.companions, at(5));
  await resetData(b.progress, b.companions, []);
  const result = await importAll(file, b.progress, b.companions, "merge");
  expect([stored(b.storage, progressKey).cards, result.ok && result.message]).toEqual([
    {},
    expect.stringMatching(
      /^Imported 0 cards of 2\. 2 cards older than yours here, or than your last reset, were left out\. To restore the file as it is, import it again and choose Replace\./,
    ),
  ]);
});

test("replace keeps a copy of what was here first", async () => {
  const b = await seeded();
  const before = b.storage.getItem(progressKey);
  const file = exportAll(browser().progress, [], at(5));
  await importAll(file, b.progress, [], "replace");
  const copy = listBackups(b.area, progressKey).find((x) => x.reason === "before a restore");
  expect(readBackup(b.area, copy!.key)).toBe(before);
});

function restoreKept<T>(area: Area, kind: RecordKind<T>, store: RecordStore<T>, reason: string) {
  const copy = listBackups(area, kind.key).find((x) => x.reason === reason)!;
  return backupTarget(kind, store, exportFormat, "data").restore(readBackup(area, copy.key)!);
}

test("restoring the backups a reset kept brings back every record as exported", async () => {
  const b = await seeded();
  const file = exportAll(b.progress, b.companions, at(5));
  await resetData(b.progress, b.companions, ["notes", "bookmarks"]);
  const results = [
    restoreKept(b.area, progressRecord, b.progress, "before a reset"),
    restoreKept(b.area, notesRecord, b.notes, "before a reset"),
    restoreKept(b.area, bookmarksRecord, b.bookmarks, "before a reset"),
  ];
  expect([results.every((r) => r.ok), records(b.storage)]).toEqual([true, exported(file)]);
});

test("a progress backup downloaded in the export format imports like an export", async () => {
  const b = await seeded();
  const raw = b.storage.getItem(progressKey)!;
  const target = backupTarget(progressRecord, b.progress, exportFormat, "data");
  const parsed = parseImport(backupAsExport(raw, target, at(6).toISOString())!);
  expect(parsed.ok && Object.keys(parsed.progress.cards).sort()).toEqual(["streams", "timers"]);
});

test("a notes backup downloaded in the export format imports with replace into notes alone", async () => {
  const b = await seeded();
  const raw = b.storage.getItem(notesRecord.key)!;
  const file = backupAsExport(raw, backupTarget(notesRecord, b.notes, exportFormat, "notes"), at(6).toISOString())!;
  const fresh = browser();
  const result = await importAll(file, fresh.progress, fresh.companions, "replace");
  expect([result.ok, stored(fresh.storage, notesRecord.key), stored(fresh.storage, progressKey)]).toEqual([
    true,
    JSON.parse(raw),
    null,
  ]);
});

test("a copy that is not JSON cannot be restored, and says to download it", () => {
  const b = browser();
  const result = backupTarget(progressRecord, b.progress, exportFormat, "data").restore("{broken");
  expect(result).toEqual({
    ok: false,
    error:
      "This copy of practice progress cannot be read (it is not valid JSON), so it cannot be restored. Download it to keep it.",
  });
});

test("a reset erases only the companions chosen, and its undo brings everything back", async () => {
  const b = await seeded();
  const before = records(b.storage);
  const outcome = await resetData(b.progress, b.companions, ["notes"]);
  const afterReset = records(b.storage);
  expect([outcome.ok && outcome.message, Object.keys(afterReset[0].cards), afterReset[1].items, afterReset[2]]).toEqual(
    ["Erased practice progress, notes. A copy is kept under Backups.", [], {}, before[2]],
  );
  await (outcome.ok && outcome.undo());
  expect(records(b.storage)).toEqual(before);
});

test("another tab told of a replacement takes the record as it is, instead of merging its own back", async () => {
  const a = await seeded();
  const other = browser(a.storage);
  await a.progress.replace(() => ({ ...a.progress.getSnapshot().value, cards: {} }));
  other.progress.handleStorageEvent({ key: replacedKey(progressKey), newValue: "x" } as StorageEvent);
  other.progress.handleStorageEvent({ key: progressKey, newValue: a.storage.getItem(progressKey) } as StorageEvent);
  await other.progress.settled();
  expect([other.progress.getSnapshot().value.cards, stored(a.storage, progressKey).cards]).toEqual([{}, {}]);
});

test("a tab that saves before it is told of another tab's replacement keeps the replacement and adds only its new grade", async () => {
  const a = await seeded();
  const other = browser(a.storage);
  a.progress.replace(() => ({ ...a.progress.getSnapshot().value, cards: {} }));
  await other.progress.update((p) => gradeCard(p, "buffers", "good", at(5)).progress);
  expect(Object.keys(stored(a.storage, progressKey).cards)).toEqual(["buffers"]);
  expect(Object.keys(other.progress.getSnapshot().value.cards)).toEqual(["buffers"]);
});

test("a save queued before another tab's replacement does not merge the replaced cards back", async () => {
  const a = await seeded();
  const other = browser(a.storage);
  const queued = other.progress.update((p) => gradeCard(p, "buffers", "good", at(5)).progress);
  a.progress.replace(() => ({ ...a.progress.getSnapshot().value, cards: {} }));
  await queued;
  await other.progress.settled();
  expect(stored(a.storage, progressKey).cards).toEqual({});
});
