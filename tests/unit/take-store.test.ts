import "fake-indexeddb/auto";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import {
  closeTakeStore,
  deleteAllTakes,
  deleteTake,
  listMockTakes,
  listTakes,
  quotaMessage,
  saveTake,
  takeUsage,
} from "@/lib/voice/take-store";
import { clearStoredTakes, storedTakesSize } from "@/lib/voice/take-usage";

const audio = (bytes: number, type = "audio/webm;codecs=opus") => new Blob([new Uint8Array(bytes)], { type });

const take = (createdAt: number, extra: Partial<Parameters<typeof saveTake>[0]> = {}) =>
  saveTake({ questionId: "event-loop", createdAt, durationMs: 3000, mimeType: undefined, blob: audio(100), ...extra });

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});

afterEach(() => {
  closeTakeStore();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test("a question keeps its three newest takes, newest first", async () => {
  for (const at of [1000, 2000, 3000, 4000]) await take(at);
  const { takes } = await listTakes("event-loop");
  expect(takes.map((t) => t.createdAt)).toEqual([4000, 3000, 2000]);
});

test("saving a fourth take reports the oldest as removed", async () => {
  const first = await take(1000);
  await take(2000);
  await take(3000);
  const fourth = await take(4000);
  expect(fourth.kind === "saved" && fourth.pruned).toEqual([first.kind === "saved" ? first.take.id : ""]);
});

test("another question's takes do not count towards the limit", async () => {
  for (const at of [1000, 2000, 3000]) await take(at);
  await take(4000, { questionId: "streams" });
  expect((await listTakes("event-loop")).takes).toHaveLength(3);
});

test("a stored take keeps its audio, size and the recorder's MIME type", async () => {
  await take(1000, { mimeType: "audio/mp4;codecs=mp4a.40.2", blob: audio(321, "audio/mp4") });
  const [stored] = (await listTakes("event-loop")).takes;
  expect([stored?.mimeType, stored?.bytes, stored?.blob.size]).toEqual(["audio/mp4;codecs=mp4a.40.2", 321, 321]);
});

test("an unknown or missing MIME type is stored as generic binary data", async () => {
  await take(1000, { mimeType: "not a type", blob: audio(10, "") });
  expect((await listTakes("event-loop")).takes[0]?.mimeType).toBe("application/octet-stream");
});

test("deleting a take removes only that take", async () => {
  const a = await take(1000);
  await take(2000);
  await deleteTake(a.kind === "saved" ? a.take.id : "");
  expect((await listTakes("event-loop")).takes.map((t) => t.createdAt)).toEqual([2000]);
});

test("delete all removes every take and the usage drops to zero", async () => {
  await take(1000);
  await take(2000, { questionId: "streams" });
  expect(await deleteAllTakes()).toBe(2);
  expect(await takeUsage()).toEqual({ takes: 0, bytes: 0, newer: 0 });
});

test("usage counts the takes and the bytes of their audio", async () => {
  await take(1000, { blob: audio(100) });
  await take(2000, { blob: audio(250) });
  expect(await takeUsage()).toEqual({ takes: 2, bytes: 350, newer: 0 });
});

test("a full storage refuses the take with a message and keeps the takes already stored", async () => {
  for (const at of [1000, 2000, 3000]) await take(at);
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
    throw new DOMException("full", "QuotaExceededError");
  });
  expect(await take(4000)).toEqual({ kind: "quota", message: quotaMessage });
  vi.restoreAllMocks();
  expect((await listTakes("event-loop")).takes.map((t) => t.createdAt)).toEqual([3000, 2000, 1000]);
});

async function putRaw(record: Record<string, unknown>) {
  // Written the way a later version (or a damaged profile) might have left it.
  await take(1);
  await deleteAllTakes();
  const db = await openDB("followup-takes", 1);
  await db.put("takes", record);
  db.close();
}

test("a take from a newer version is neither listed nor pruned, and counts in the usage", async () => {
  await putRaw({ id: "future", questionId: "event-loop", createdAt: 1, schemaVersion: 2, blob: audio(40) });
  for (const at of [1000, 2000, 3000, 4000]) await take(at);
  expect((await listTakes("event-loop")).takes.map((t) => t.id)).not.toContain("future");
  expect(await takeUsage()).toEqual({ takes: 4, bytes: 340, newer: 1 });
});

test("a stored item with broken fields is named, left in place and the rest still listed", async () => {
  await putRaw({ id: "broken", questionId: "event-loop", createdAt: "yesterday", schemaVersion: 1, blob: audio(5) });
  await take(1000);
  const list = await listTakes("event-loop");
  expect(list.takes).toHaveLength(1);
  expect(list.problems[0]).toMatch(/^recording broken: createdAt: /);
  expect((await takeUsage()).takes).toBe(2);
});

test("a mock interview's takes are found by its start time", async () => {
  await take(1000, { mockStartedAt: "2026-12-01T10:00:00.000Z" });
  await take(2000);
  const { takes } = await listMockTakes("2026-12-01T10:00:00.000Z");
  expect(takes.map((t) => t.createdAt)).toEqual([1000]);
});

test("the progress page's count reads nothing and creates nothing in an untouched browser", async () => {
  expect(await storedTakesSize()).toEqual({ takes: 0, bytes: 0 });
  expect(await indexedDB.databases()).toEqual([]);
});

test("the progress page's count includes a newer version's takes, and its clear removes them all", async () => {
  await putRaw({ id: "future", questionId: "event-loop", createdAt: 1, schemaVersion: 2, blob: audio(40) });
  await take(1000, { blob: audio(60) });
  expect(await storedTakesSize()).toEqual({ takes: 2, bytes: 100 });
  expect(await clearStoredTakes()).toBe(2);
  expect(await storedTakesSize()).toEqual({ takes: 0, bytes: 0 });
});
