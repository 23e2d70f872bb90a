import { expect, test } from "vitest";
import { todaySummary } from "@/lib/progress/due-count";
import { progressKey } from "@/lib/progress/store-key";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

const today = { start: new Date("2026-05-04T04:00:00Z"), end: new Date("2026-05-05T04:00:00Z") };

function stored(cards: Record<string, object>) {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, JSON.stringify({ cards }));
  return areaOver(storage);
}

test("counts questions due by the end of today, a follow-up counting for its question", () => {
  const area = stored({
    a: { due: "2026-05-04T10:00:00Z", state: 2, stability: 3, lastReview: "2026-05-01T10:00:00Z" },
    "a#0": { due: "2026-05-04T11:00:00Z", state: 2, stability: 3, lastReview: "2026-05-01T10:00:00Z" },
    b: { due: "2026-06-01T00:00:00Z", state: 2, stability: 9 },
  });
  expect(todaySummary(area, today)).toEqual({ reviews: 1, minutes: 3, practisedToday: 0, started: true });
});

test("a card graded today and due again minutes later is done for today", () => {
  const area = stored({
    a: { due: "2026-05-04T12:10:00Z", state: 1, stability: 1, lastReview: "2026-05-04T12:00:00Z" },
  });
  expect(todaySummary(area, today)).toMatchObject({ reviews: 0, practisedToday: 1 });
});

test("a card graded before today's start and due today counts", () => {
  const area = stored({
    a: { due: "2026-05-04T05:00:00Z", state: 1, stability: 1, lastReview: "2026-05-04T03:00:00Z" },
  });
  expect(todaySummary(area, today)).toMatchObject({ reviews: 1, practisedToday: 0 });
});

test("no cards at all is a first visit", () => {
  expect(todaySummary(stored({}), today)).toMatchObject({ reviews: 0, started: false });
});

test("garbage in storage gives null instead of throwing", () => {
  const storage = new MemoryStorage();
  for (const raw of ["{", "null", "[]", '{"cards":5}', '{"cards":{"a":null}}']) {
    storage.setItem(progressKey, raw);
    expect(() => todaySummary(areaOver(storage), today)).not.toThrow();
  }
  storage.setItem(progressKey, "{");
  expect(todaySummary(areaOver(storage), today)).toBeNull();
});
