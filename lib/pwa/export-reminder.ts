import type { DataCare } from "./data-care-record";

/** Days of practice without an export after which the reminder offers one. */
export const reminderAfterPracticeDays = 14;

/**
 * How many days with reviews (keys of `byDay`, plan days "YYYY-MM-DD") came after the last export
 * or dismissal; `dayOf` turns those instants into plan days.
 */
export function practiceDaysSince(care: DataCare, byDay: Record<string, number>, dayOf: (at: Date) => string) {
  const marks = [care.items.exported, care.items.dismissed].filter((m) => m !== undefined);
  const since = marks.length > 0 ? dayOf(new Date(Math.max(...marks.map((m) => Date.parse(m.updatedAt))))) : "";
  return Object.entries(byDay).filter(([day, count]) => count > 0 && day > since).length;
}

/** Whether to show the reminder: it is on, and enough practice days have passed without an export. */
export function reminderDue(care: DataCare, byDay: Record<string, number>, dayOf: (at: Date) => string): boolean {
  if (care.items.reminders?.off === true) return false;
  return practiceDaysSince(care, byDay, dayOf) >= reminderAfterPracticeDays;
}
