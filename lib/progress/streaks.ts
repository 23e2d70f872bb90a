import "client-only";
import { addDays, daysBetween, planDayOf } from "@/lib/plan/client";
import type { Progress } from "./schema";

/**
 * Reviews per plan day (local time, starting at the user's day-start hour), for the heatmap and
 * streaks: the days counted before the log existed plus every review not undone.
 */
export function reviewsByDay(progress: Progress, dayStartHour: number): Record<string, number> {
  const days = { ...progress.daysBeforeLog };
  for (const review of progress.log) {
    if (review.undone) continue;
    const day = planDayOf(new Date(review.time), dayStartHour);
    days[day] = (days[day] ?? 0) + 1;
  }
  return days;
}

/** Consecutive practised days ending today, or yesterday when today has no reviews yet. */
export function currentRun(days: Record<string, number>, today: string): number {
  let day = (days[today] ?? 0) > 0 ? today : addDays(today, -1);
  let run = 0;
  while ((days[day] ?? 0) > 0) {
    run += 1;
    day = addDays(day, -1);
  }
  return run;
}

/** The most consecutive practised days ever. */
export function longestRun(days: Record<string, number>): number {
  const practised = Object.keys(days)
    .filter((d) => days[d]! > 0)
    .sort();
  let best = 0;
  let run = 0;
  practised.forEach((day, i) => {
    run = i > 0 && daysBetween(practised[i - 1]!, day) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

export interface HeatCell {
  day: string;
  count: number;
  /** 0 for none, then 1 to 4 by quartile of the busiest day. */
  level: number;
  week: number;
  weekday: number;
}

/**
 * The last year as weeks of days, oldest first, ending today: one cell per day with its review
 * count and a shade level. Weeks start on Sunday, as on most calendars shown this way.
 */
export function heatmapCells(days: Record<string, number>, today: string): HeatCell[] {
  const first = addDays(today, -364);
  const [year, month, date] = first.split("-").map(Number);
  const start = addDays(first, -new Date(Date.UTC(year!, month! - 1, date!)).getUTCDay());
  const most = Math.max(
    0,
    ...Object.entries(days)
      .filter(([d]) => d >= first && d <= today)
      .map(([, n]) => n),
  );
  const cells: HeatCell[] = [];
  for (let i = 0; addDays(start, i) <= today; i++) {
    const day = addDays(start, i);
    if (day < first) continue;
    const count = days[day] ?? 0;
    cells.push({
      day,
      count,
      level: count === 0 ? 0 : Math.ceil((4 * count) / most),
      week: Math.floor(i / 7),
      weekday: i % 7,
    });
  }
  return cells;
}
