import { expect, test } from "vitest";
import { shortInterval } from "@/lib/practice/intervals";
import { previewInterval } from "@/lib/progress/scheduler";
import { emptyProgress } from "@/lib/progress/schema";

const minute = 60_000;

test("short intervals are given in minutes, at least one", () => {
  expect(shortInterval(10 * minute)).toBe("10 m");
  expect(shortInterval(5_000)).toBe("1 m");
});

test("longer intervals are given in hours, days, then months", () => {
  expect(shortInterval(5 * 60 * minute)).toBe("5 h");
  expect(shortInterval(4 * 24 * 60 * minute)).toBe("4 d");
  expect(shortInterval(90 * 24 * 60 * minute)).toBe("3 mo");
});

test("the preview of a new card orders the grades from soonest to latest", () => {
  const now = new Date("2026-05-04T10:00:00Z");
  const interval = previewInterval(emptyProgress(), "q", now);
  expect(interval("again")).toBeLessThanOrEqual(interval("hard"));
  expect(interval("hard")).toBeLessThanOrEqual(interval("good"));
  expect(interval("good")).toBeLessThan(interval("easy"));
  expect(interval("again")).toBeGreaterThan(0);
});
