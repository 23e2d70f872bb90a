import { expect, test } from "vitest";
import { emptyProgress } from "@/lib/progress/schema";
import { currentRun, heatmapCells, longestRun, reviewsByDay } from "@/lib/progress/streaks";

const review = (iso: string, undone?: true) => ({
  card: "a",
  time: new Date(iso).getTime(),
  rating: 3,
  state: 0,
  ...(undone ? { undone } : {}),
});

test("a review before the day-start hour counts for the day before", () => {
  const progress = { ...emptyProgress(), log: [review("2026-05-04T02:30:00"), review("2026-05-04T09:00:00")] };
  expect(reviewsByDay(progress, 4)).toEqual({ "2026-05-03": 1, "2026-05-04": 1 });
});

test("undone reviews are not counted and days from before the log are", () => {
  const progress = {
    ...emptyProgress(),
    daysBeforeLog: { "2026-04-01": 3 },
    log: [review("2026-05-04T09:00:00", true)],
  };
  expect(reviewsByDay(progress, 4)).toEqual({ "2026-04-01": 3 });
});

test("the current streak runs back from today, or from yesterday before today's first review", () => {
  const days = { "2026-05-01": 1, "2026-05-02": 2, "2026-05-03": 1 };
  expect([currentRun(days, "2026-05-03"), currentRun(days, "2026-05-04"), currentRun(days, "2026-05-05")]).toEqual([
    3, 3, 0,
  ]);
});

test("the longest streak is the longest run of consecutive days, across a month end", () => {
  const days = { "2026-01-30": 1, "2026-01-31": 1, "2026-02-01": 1, "2026-02-03": 1, "2026-02-04": 1 };
  expect(longestRun(days)).toBe(3);
});

test("the heatmap covers the last 365 days, weeks starting on Sunday", () => {
  const cells = heatmapCells({}, "2026-05-04");
  expect([cells.length, cells[0]?.day, cells.at(-1)?.day]).toEqual([365, "2025-05-05", "2026-05-04"]);
  expect(cells.at(-1)?.weekday).toBe(1);
});

test("shade levels split the busiest day's count in quarters", () => {
  const cells = heatmapCells({ "2026-05-01": 8, "2026-05-02": 2, "2026-05-03": 5 }, "2026-05-04");
  expect(cells.slice(-4).map((c) => c.level)).toEqual([4, 1, 3, 0]);
});
