import "client-only";

/**
 * Plan days in the user's own time zone. A plan day starts at a set hour (4 am by default, as in
 * Anki), so a late-night session still counts for the day it began. Days are YYYY-MM-DD strings;
 * arithmetic on them goes through UTC, where every day has 24 hours, so no DST change can make a
 * day vanish or repeat.
 */
export const defaultDayStartHour = 4;
export { planDayStart } from "./day-start";

const pad = (n: number) => String(n).padStart(2, "0");
const msPerDay = 86_400_000;

function parts(day: string): [number, number, number] {
  const [year, month, date] = day.split("-").map(Number);
  return [year!, month!, date!];
}

/** The plan day an instant belongs to, in the runtime's (the browser's) time zone. */
export function planDayOf(instant: Date, dayStartHour = defaultDayStartHour): string {
  const local = new Date(instant.getTime());
  // Noon of the calendar day, so stepping back one day never lands in a DST gap.
  const back = local.getHours() < dayStartHour ? 1 : 0;
  const noon = new Date(local.getFullYear(), local.getMonth(), local.getDate() - back, 12);
  return `${noon.getFullYear()}-${pad(noon.getMonth() + 1)}-${pad(noon.getDate())}`;
}

export function addDays(day: string, n: number): string {
  const [year, month, date] = parts(day);
  return new Date(Date.UTC(year, month - 1, date + n)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / msPerDay);
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [year, month, date] = parts(day);
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}
