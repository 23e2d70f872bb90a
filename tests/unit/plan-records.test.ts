import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { bookmarkedIds, bookmarksRecord, setBookmark } from "@/lib/notes/bookmarks-record";
import { notesRecord, noteText, setNote } from "@/lib/notes/notes-record";
import { emptyPlan, planRecord } from "@/lib/plan/plan-record";
import { areaOver } from "@/lib/storage/areas";
import { listBackups, readBackup } from "@/lib/storage/backups";
import { RecordStore, type RecordKind } from "@/lib/storage/record-store";
import { MemoryStorage } from "./memory-storage";

const now = new Date("2026-05-04T10:00:00.000Z");
const later = new Date("2026-05-04T11:00:00.000Z");
const fixture = (name: string) => readFileSync(`tests/fixtures/records/${name}`, "utf8");

function open<T>(kind: RecordKind<T>, raw?: string) {
  const storage = new MemoryStorage();
  if (raw !== undefined) storage.setItem(kind.key, raw);
  const area = areaOver(storage);
  return { storage, area, store: new RecordStore(kind, area, true, () => now) };
}

/** The same three faults, checked for each new record. */
function faultTests<T>(name: string, kind: RecordKind<T>) {
  test(`${name}: corrupt JSON is backed up before the record starts fresh`, () => {
    const { area, store } = open(kind, "{not json");
    expect(store.getSnapshot().notices.map((n) => n.message)).toEqual([
      `${kind.label} could not be read (it is not valid JSON). A copy of what was stored is kept under Backups on the progress page. Starting fresh.`,
    ]);
    expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual(["{not json"]);
  });

  test(`${name}: foreign data under its key is backed up, not silently dropped`, () => {
    const { area, store } = open(kind, '{"hello":"world"}');
    expect(store.getSnapshot().notices.map((n) => n.kind)).toEqual(["unreadable"]);
    expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual(['{"hello":"world"}']);
  });

  test(`${name}: data from a newer version opens read-only and is never overwritten`, async () => {
    const raw = fixture(`${name}-newer.json`);
    const { storage, store } = open(kind, raw);
    expect(store.getSnapshot().mode).toBe("read-only");
    await store.update((value) => value);
    expect(storage.getItem(kind.key)).toBe(raw);
  });
}

faultTests("plan", planRecord);
faultTests("notes", notesRecord);
faultTests("bookmarks", bookmarksRecord);

test("plan: one invalid field is set aside and the other fields are kept", () => {
  const { store } = open(planRecord, fixture("plan-one-invalid-field.json"));
  const state = store.getSnapshot();
  expect([state.value.date, state.value.minutesPerDay, state.value.scope.sections]).toEqual([
    "2026-06-01",
    null,
    ["nodejs/streams-io"],
  ]);
  expect(state.notices[0]?.message).toMatch(/^Interview plan: 1 item could not be read \(first: minutesPerDay: .+\)/);
});

test("notes: one invalid note is set aside and the valid one kept with its line breaks", () => {
  const { store } = open(notesRecord, fixture("notes-one-invalid.json"));
  const notes = store.getSnapshot().value;
  expect(noteText(notes, "event-loop-phases")).toBe(
    "Timers, then poll, then check.\nSay `setImmediate` runs in check.",
  );
  expect(store.getSnapshot().notices[0]?.message).toMatch(/first: items\.streams-backpressure\.text: /);
});

test("bookmarks: one invalid mark is set aside and the valid one kept", () => {
  const { store } = open(bookmarksRecord, fixture("bookmarks-one-invalid.json"));
  expect(bookmarkedIds(store.getSnapshot().value)).toEqual(["event-loop-phases"]);
});

test("plan: a version 1 scope's bare sections become Node.js sections, with a backup and a notice", () => {
  const raw = fixture("plan-v1-bare-sections.json");
  const { storage, area, store } = open(planRecord, raw);
  const state = store.getSnapshot();
  expect([state.value.scope, state.value.minutesPerDay, state.value.dayStartHour]).toEqual([
    { tracks: [], sections: ["nodejs/runtime", "nodejs/streams-io"] },
    30,
    5,
  ]);
  expect(state.notices.map((n) => n.message)).toEqual([
    "Interview plan from data version 1 was upgraded. A copy of what was stored is kept under Backups on the progress page.",
  ]);
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual([raw]);
  expect(JSON.parse(storage.getItem(planRecord.key)!).version).toBe(2);
});

test("plan: a scope section without its track is set aside", () => {
  const decoded = planRecord.decode({ ...emptyPlan(), scope: { tracks: ["nodejs"], sections: ["runtime"] } });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual([
    "scope.sections.0: must be a track and section slug, track/section",
  ]);
});

test("plan: a date that is not a calendar day is set aside", () => {
  const decoded = planRecord.decode({ ...emptyPlan(), date: "2026-02-30" });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["date: must be a calendar day YYYY-MM-DD"]);
});

test("plan: tabs keep the newer plan", () => {
  const a = { ...emptyPlan(), date: "2026-06-01", updatedAt: now.toISOString() };
  const b = { ...emptyPlan(), date: "2026-06-08", updatedAt: later.toISOString() };
  expect([planRecord.merge(a, b).value.date, planRecord.merge(b, a).value.date]).toEqual(["2026-06-08", "2026-06-08"]);
});

test("bookmarks: a removal in one tab is not undone by the other tab's older mark", () => {
  const marked = setBookmark(bookmarksRecord.empty(), "event-loop-phases", true, now);
  const unmarked = setBookmark(marked, "event-loop-phases", false, later);
  expect(bookmarkedIds(bookmarksRecord.merge(unmarked, marked).value)).toEqual([]);
  expect(bookmarkedIds(bookmarksRecord.merge(marked, unmarked).value)).toEqual([]);
});

test("notes: the newer text wins per question and other questions' notes are kept", () => {
  const a = setNote(setNote(notesRecord.empty(), "a", "first", now), "b", "only in a", now);
  const b = setNote(notesRecord.empty(), "a", "second", later);
  const merged = notesRecord.merge(a, b).value;
  expect([noteText(merged, "a"), noteText(merged, "b")]).toEqual(["second", "only in a"]);
});

test("notes: an id that is not a question id is set aside", () => {
  const decoded = notesRecord.decode({ version: 1, items: { "../x": { text: "x", updatedAt: now.toISOString() } } });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["items.../x: not a question id"]);
});
