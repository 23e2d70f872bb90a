import { afterEach, expect, test, vi } from "vitest";
import { gradeInStore } from "@/lib/progress/grading";
import { ProgressStore } from "@/lib/progress/progress-store";
import { progressKey } from "@/lib/progress/store-key";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

afterEach(() => vi.unstubAllGlobals());

test("a save is written at once, then read, merged and written again inside the record's Web Lock", async () => {
  const storage = new MemoryStorage();
  const events: string[] = [];
  vi.stubGlobal("navigator", {
    locks: {
      async request(name: string, task: () => Promise<unknown>) {
        events.push(`lock ${name}`);
        // Another tab saves its own card between this tab's first write and the lock.
        const other = JSON.parse(storage.getItem(progressKey)!);
        other.cards.b = {
          ...other.cards.a,
          updatedAt: new Date(Date.parse(other.cards.a.updatedAt) + 1).toISOString(),
        };
        storage.setItem(progressKey, JSON.stringify(other));
        const result = await task();
        events.push(`release ${name}`);
        return result;
      },
    },
  });
  const store = new ProgressStore(areaOver(storage));
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    events.push(`write ${key}`);
    setItem(key, value);
  };
  gradeInStore(store, "a", "good");
  expect(events).toEqual([`write ${progressKey}`]);
  await store.settled();
  expect(events.filter((e) => !e.startsWith("write"))).toEqual([
    `lock followup-lock:${progressKey}`,
    `release followup-lock:${progressKey}`,
  ]);
  expect(Object.keys(JSON.parse(storage.getItem(progressKey)!).cards).sort()).toEqual(["a", "b"]);
  expect(Object.keys(store.getSnapshot().value.cards).sort()).toEqual(["a", "b"]);
});

test("without the Web Locks API the save still re-reads and merges before writing", async () => {
  vi.stubGlobal("navigator", undefined);
  const storage = new MemoryStorage();
  const tabA = new ProgressStore(areaOver(storage));
  const tabB = new ProgressStore(areaOver(storage));
  gradeInStore(tabA, "a", "good");
  await tabA.settled();
  gradeInStore(tabB, "b", "good");
  await tabB.settled();
  expect(Object.keys(JSON.parse(storage.getItem(progressKey)!).cards).sort()).toEqual(["a", "b"]);
});
