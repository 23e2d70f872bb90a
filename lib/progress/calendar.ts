import "client-only";
import type { Progress, StoredCard } from "./schema";

// Date arithmetic over stored cards. Kept apart from the FSRS scheduler so pages that only read
// progress (the dashboard, the due-today badge) do not load ts-fsrs.

const pad = (n: number) => String(n).padStart(2, "0");

/** A local calendar day as YYYY-MM-DD; streaks follow the user's own midnight. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local time of day as HH:MM, 24-hour; written out by hand for the same reason as weekdayOf. */
export function localTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** Short English weekday of a YYYY-MM-DD day, matching the UI's language. A lookup, not
 * toLocaleDateString: the first Intl call on a page pays for ICU's set-up on the main thread. */
export function weekdayOf(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return weekdays[new Date(year!, month! - 1, date!).getDay()]!;
}

export const isDue = (card: StoredCard | undefined, now: Date) =>
  card !== undefined && Date.parse(card.due) <= now.getTime();

/** Cards due on each of the next `days` local days, today first (today includes anything overdue). */
export function dueByDay(progress: Progress, now: Date, days = 7): { day: string; count: number }[] {
  const buckets = Array.from({ length: days }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i);
    return { day: localDay(d), end: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(), count: 0 };
  });
  for (const card of Object.values(progress.cards)) {
    const due = Date.parse(card.due);
    const bucket = buckets.find((b) => due < b.end);
    if (bucket) bucket.count += 1;
  }
  return buckets.map(({ day, count }) => ({ day, count }));
}
