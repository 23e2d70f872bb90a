import { expect, test } from "vitest";
import { appendRecord, exportHistory, historyKey, HistoryStore } from "@/lib/mock/history";
import type { MockRecord } from "@/lib/mock/schema";
import { defaultSettings, designRoundPreset } from "@/lib/mock/settings";
import { areaOver } from "@/lib/storage/areas";
import { listBackups, readBackup } from "@/lib/storage/backups";
import { MemoryStorage } from "./memory-storage";

const now = () => new Date("2026-05-04T10:00:00.000Z");
const record = (startedAt: string): MockRecord => ({
  startedAt,
  settings: defaultSettings("abcd2345"),
  pauses: { count: 0, totalMs: 0 },
  weakSections: [],
  questions: [],
});
const history = (...starts: string[]) => ({ version: 2 as const, mocks: starts.map(record) });

function storeWith(raw?: string) {
  const storage = new MemoryStorage();
  if (raw !== undefined) storage.setItem(historyKey, raw);
  const area = areaOver(storage);
  return { storage, area, store: new HistoryStore(area, now) };
}

test("corrupt mock history is backed up and announced", () => {
  const { area, store } = storeWith('{"version":1,"mocks":"nope"}');
  expect(store.getSnapshot().value.mocks).toEqual([]);
  expect(store.getSnapshot().notices[0]?.message).toContain("Mock history could not be read");
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual(['{"version":1,"mocks":"nope"}']);
});

test("one invalid report is set aside and the others are kept", () => {
  const raw = JSON.stringify({ version: 1, mocks: [record("2026-01-01T00:00:00.000Z"), { startedAt: 5 }] });
  const { store } = storeWith(raw);
  expect(store.getSnapshot().value.mocks.map((m) => m.startedAt)).toEqual(["2026-01-01T00:00:00.000Z"]);
  expect(store.getSnapshot().notices[0]?.kind).toBe("set-aside");
});

test("import rejects a foreign file and changes nothing", async () => {
  const { storage, store } = storeWith(JSON.stringify(history("2026-01-01T00:00:00.000Z")));
  const before = storage.getItem(historyKey);
  expect(await store.importJson("{}")).toEqual({ ok: false, error: "The file is not a Followup mock history export." });
  expect(storage.getItem(historyKey)).toBe(before);
});

test("import merges by start time and counts only the reports it stored", async () => {
  const { store } = storeWith(JSON.stringify(history("2026-01-01T00:00:00.000Z")));
  const file = exportHistory(history("2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"), now());
  expect(await store.importJson(file)).toEqual({ ok: true, message: "Imported 1 mock report." });
  expect(store.getSnapshot().value.mocks).toHaveLength(2);
});

test("an import whose write fails is reported as a failure", async () => {
  const { storage, store } = storeWith();
  storage.failWrites = "quota";
  const result = await store.importJson(exportHistory(history("2026-02-01T00:00:00.000Z"), now()));
  expect(result).toEqual({
    ok: false,
    error: "The import could not be saved because browser storage refused the write; the reports are in this tab only.",
  });
});

test("two tabs saving reports at once keep both", async () => {
  const storage = new MemoryStorage();
  const tabA = new HistoryStore(areaOver(storage), now);
  const tabB = new HistoryStore(areaOver(storage), now);
  await Promise.all([
    tabA.update((h) => appendRecord(h, record("2026-03-01T00:00:00.000Z"))),
    tabB.update((h) => appendRecord(h, record("2026-03-02T00:00:00.000Z"))),
  ]);
  expect(JSON.parse(storage.getItem(historyKey)!).mocks).toHaveLength(2);
});

const roundRecord = (startedAt: string): MockRecord => ({
  ...record(startedAt),
  settings: { ...defaultSettings("abcd2345"), ...designRoundPreset.settings },
  questions: [
    {
      id: "design-a-ledger",
      section: "classic-designs",
      title: "Design a ledger",
      usedMs: 44 * 60_000,
      budgetMs: 45 * 60_000,
      followUpsReached: 2,
      followUpsAvailable: 4,
      outcome: "answered",
      grade: null,
      ticked: 0,
      intentTotal: 3,
      saidRedFlag: null,
      phases: [
        { id: "requirements", plannedMs: 5 * 60_000, usedMs: 7 * 60_000 },
        { id: "wrap-up", plannedMs: 5 * 60_000, usedMs: null },
      ],
    },
  ],
});

test("a version 1 report, made before phases and formats, loads as a mock of several questions", () => {
  const settings = { seed: "abcd2345", count: 5, minutesPerQuestion: 8, overallMinutes: 45, depth: 3 };
  const timing = { autoFollowUpPercent: 50, onTimeUp: "lock", sections: [], difficulties: [] };
  const old = { ...record("2026-01-01T00:00:00.000Z"), settings: { ...settings, ...timing } };
  const raw = JSON.stringify({ version: 1, mocks: [old] });
  const loaded = storeWith(raw).store.getSnapshot();
  expect(loaded.value.mocks[0]?.settings.format).toBe("questions");
  expect(loaded.value.mocks[0]?.questions).toEqual([]);
});

test("upgrading a version 1 history keeps a copy of it first", () => {
  const raw = JSON.stringify({ version: 1, mocks: [record("2026-01-01T00:00:00.000Z")] });
  const { area, store } = storeWith(raw);
  expect(store.getSnapshot().notices[0]?.kind).toBe("migrated");
  expect(listBackups(area).map((b) => readBackup(area, b.key))).toEqual([raw]);
});

test("a history saved by a newer version is shown read-only and left exactly as stored", async () => {
  const newer = { ...roundRecord("2026-01-01T00:00:00.000Z"), reviewer: "a field from the future" };
  const raw = JSON.stringify({ version: 3, mocks: [newer] });
  const { storage, store } = storeWith(raw);
  expect(store.getSnapshot().value.mocks.map((m) => m.startedAt)).toEqual(["2026-01-01T00:00:00.000Z"]);
  expect(await store.update((h) => appendRecord(h, record("2026-02-01T00:00:00.000Z")))).toBe("read-only");
  expect(storage.getItem(historyKey)).toBe(raw);
});

test("a newer version's phase this version does not know is kept with its times", () => {
  const withNewPhase = roundRecord("2026-01-01T00:00:00.000Z");
  withNewPhase.questions[0]!.phases!.push({ id: "capacity-review", plannedMs: 60_000, usedMs: 30_000 });
  const { store } = storeWith(JSON.stringify({ version: 2, mocks: [withNewPhase] }));
  expect(store.getSnapshot().value.mocks[0]?.questions[0]?.phases?.at(-1)).toEqual({
    id: "capacity-review",
    plannedMs: 60_000,
    usedMs: 30_000,
  });
});

test("a design round's report comes back from an export exactly as it was stored", async () => {
  const stored = { version: 2 as const, mocks: [roundRecord("2026-01-01T00:00:00.000Z")] };
  const { store } = storeWith();
  expect(await store.importJson(exportHistory(stored, now()))).toEqual({
    ok: true,
    message: "Imported 1 mock report.",
  });
  expect(store.getSnapshot().value).toEqual(stored);
});
