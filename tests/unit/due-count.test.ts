import { expect, test } from "vitest";
import { countDue } from "@/lib/progress/due-count";
import { progressKey } from "@/lib/progress/store-key";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

const by = new Date("2026-05-05T00:00:00Z");

test("counts cards due by the given time", () => {
  const storage = new MemoryStorage();
  storage.setItem(
    progressKey,
    JSON.stringify({
      cards: {
        a: { due: "2026-05-04T10:00:00Z", state: 1, stability: 1 },
        b: { due: "2026-06-01T00:00:00Z", state: 2, stability: 9 },
      },
    }),
  );
  expect(countDue(areaOver(storage), by)).toBe(1);
});

test("garbage in storage gives null instead of throwing", () => {
  const storage = new MemoryStorage();
  for (const raw of ["{", "null", "[]", '{"cards":5}', '{"cards":{"a":null}}']) {
    storage.setItem(progressKey, raw);
    expect(() => countDue(areaOver(storage), by)).not.toThrow();
  }
  storage.setItem(progressKey, "{");
  expect(countDue(areaOver(storage), by)).toBeNull();
});
