import { expect, test } from "vitest";
import { areaOver } from "@/lib/storage/areas";
import { backUp, listBackups, maxBackupsPerRecord, readBackup } from "@/lib/storage/backups";
import { MemoryStorage } from "./memory-storage";

const r = { record: "r", label: "Record" };
const day = (n: number) => new Date(Date.UTC(2026, 4, n));

test("the same content is backed up once", () => {
  const area = areaOver(new MemoryStorage());
  expect(backUp(area, r, "same", "why", day(1))).toBe("kept");
  expect(backUp(area, r, "same", "why", day(2))).toBe("already-kept");
  expect(listBackups(area)).toHaveLength(1);
});

test("each record keeps only its newest few backups", () => {
  const area = areaOver(new MemoryStorage());
  for (let i = 1; i <= maxBackupsPerRecord + 2; i++) backUp(area, r, `content ${i}`, "why", day(i));
  expect(listBackups(area, "r").map((b) => readBackup(area, b.key))).toEqual(["content 3", "content 4", "content 5"]);
});

test("another record's backups are never dropped to make room", () => {
  const area = areaOver(new MemoryStorage());
  backUp(area, { record: "other", label: "Other" }, "keep me", "why", day(1));
  for (let i = 1; i <= maxBackupsPerRecord + 1; i++) backUp(area, r, `content ${i}`, "why", day(i + 1));
  expect(listBackups(area, "other").map((b) => readBackup(area, b.key))).toEqual(["keep me"]);
});

test("a backup that cannot be written says so", () => {
  const storage = new MemoryStorage();
  storage.failWrites = "quota";
  expect(backUp(areaOver(storage), r, "content", "why", day(1))).toBe("failed");
});

test("a backup is downloaded exactly as it was stored", () => {
  const area = areaOver(new MemoryStorage());
  const raw = '{"version":2,"cards":{"ünïcode":1}}\n';
  backUp(area, r, raw, "why", day(1));
  expect(readBackup(area, listBackups(area)[0]!.key)).toBe(raw);
});

test("a backup kept without a label or reason is listed under its record's name", () => {
  const storage = new MemoryStorage();
  storage.setItem("followup:backup:r:1", JSON.stringify({ record: "r", savedAt: day(1).toISOString(), raw: "old" }));
  expect(listBackups(areaOver(storage))).toEqual([
    { key: "followup:backup:r:1", record: "r", label: "r", reason: "", savedAt: day(1).toISOString(), bytes: 3 },
  ]);
});

test("a stored backup without its text is listed by nobody", () => {
  const storage = new MemoryStorage();
  storage.setItem("followup:backup:r:1", JSON.stringify({ record: "r", savedAt: day(1).toISOString() }));
  expect(listBackups(areaOver(storage))).toEqual([]);
});

test("a stored backup that is not JSON is listed by nobody", () => {
  const storage = new MemoryStorage();
  storage.setItem("followup:backup:r:1", "{not json");
  expect(listBackups(areaOver(storage))).toEqual([]);
});
