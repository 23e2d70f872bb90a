import { expect, test } from "vitest";
import { bookmarkedIds, bookmarksRecord, setBookmark } from "@/lib/notes/bookmarks-record";
import { notesRecord, noteText, setNote } from "@/lib/notes/notes-record";
import { gradeInStore } from "@/lib/progress/grading";
import { planRecord } from "@/lib/plan/plan-record";
import { ProgressStore } from "@/lib/progress/progress-store";
import { exportProgress } from "@/lib/progress/transfer";
import { companion, exportAll, importAll } from "@/lib/progress/transfer-all";
import { areaOver } from "@/lib/storage/areas";
import { RecordStore } from "@/lib/storage/record-store";
import { MemoryStorage } from "./memory-storage";

const now = new Date("2026-05-04T10:00:00.000Z");

function browser() {
  const area = areaOver(new MemoryStorage());
  const stores = {
    progress: new ProgressStore(area, () => now),
    plan: new RecordStore(planRecord, area, true, () => now),
    notes: new RecordStore(notesRecord, area, true, () => now),
    bookmarks: new RecordStore(bookmarksRecord, area, true, () => now),
  };
  const companions = [
    companion("plan", planRecord, stores.plan),
    companion("notes", notesRecord, stores.notes),
    companion("bookmarks", bookmarksRecord, stores.bookmarks),
  ];
  return { ...stores, companions };
}

function filled() {
  const b = browser();
  gradeInStore(b.progress, "event-loop-phases", "good", () => null);
  void b.plan.update((plan, at) => ({ ...plan, date: "2026-06-01", minutesPerDay: 25, updatedAt: at.toISOString() }));
  void b.notes.update((notes, at) => setNote(notes, "event-loop-phases", "Poll waits.\nThen `check`.", at));
  void b.bookmarks.update((marks, at) => setBookmark(marks, "streams-backpressure", true, at));
  return b;
}

test("export then import into an empty browser brings back progress, plan, notes and bookmarks", async () => {
  const source = filled();
  const target = browser();
  const outcome = await importAll(
    exportAll(source.progress, source.companions, now),
    target.progress,
    target.companions,
  );
  expect(outcome).toEqual({
    ok: true,
    message: "Imported 1 card of 1. Interview plan merged. Notes merged. Bookmarks merged.",
  });
  expect([
    target.progress.getSnapshot().value.cards,
    target.plan.getSnapshot().value,
    noteText(target.notes.getSnapshot().value, "event-loop-phases"),
    bookmarkedIds(target.bookmarks.getSnapshot().value),
  ]).toEqual([
    source.progress.getSnapshot().value.cards,
    source.plan.getSnapshot().value,
    "Poll waits.\nThen `check`.",
    ["streams-backpressure"],
  ]);
});

test("an export from before plans and notes imports its progress alone", async () => {
  const source = filled();
  const target = browser();
  const old = exportProgress(source.progress.getSnapshot().value, now);
  const outcome = await importAll(old, target.progress, target.companions);
  expect(outcome).toEqual({ ok: true, message: "Imported 1 card of 1." });
  expect(target.plan.getSnapshot().value.date).toBeNull();
});

test("notes from a newer version are left out, and the rest of the file still imports", async () => {
  const source = filled();
  const file = JSON.parse(exportAll(source.progress, source.companions, now));
  file.notes.version = 9;
  const target = browser();
  const outcome = await importAll(JSON.stringify(file), target.progress, target.companions);
  expect(outcome.ok && outcome.message).toBe(
    "Imported 1 card of 1. Interview plan merged. Notes left out: it comes from a newer version (data version 9). Bookmarks merged.",
  );
  expect(target.notes.getSnapshot().value.items).toEqual({});
});

test("an import keeps notes that only this browser has", async () => {
  const source = filled();
  const target = filled();
  void target.notes.update((notes, at) => setNote(notes, "timers", "mine", at));
  await target.notes.settled();
  await importAll(exportAll(source.progress, source.companions, now), target.progress, target.companions);
  expect(noteText(target.notes.getSnapshot().value, "timers")).toBe("mine");
});
