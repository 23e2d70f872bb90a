import { afterEach, expect, test, vi } from "vitest";
import { gradeInStore } from "@/lib/progress/grading";
import { ProgressStore } from "@/lib/progress/progress-store";
import { progressKey } from "@/lib/progress/store-key";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

afterEach(() => vi.unstubAllGlobals());

test("a save reads, merges and writes inside the record's Web Lock", async () => {
  const storage = new MemoryStorage();
  const events: string[] = [];
  vi.stubGlobal("navigator", {
    locks: {
      async request(name: string, task: () => Promise<unknown>) {
        events.push(`lock ${name}`);
        const result = await task();
        events.push(`release ${name}`);
        return result;
      },
    },
  });
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    events.push(`write ${key}`);
    setItem(key, value);
  };
  const store = new ProgressStore(areaOver(storage));
  gradeInStore(store, "a", "good");
  await store.settled();
  expect(events).toEqual([
    `lock followup-lock:${progressKey}`,
    `write ${progressKey}`,
    `release followup-lock:${progressKey}`,
  ]);
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
