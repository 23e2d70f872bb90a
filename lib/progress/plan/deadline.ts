import "client-only";
import type { Area } from "../../storage/areas";
import { planDayStart } from "./days";
import { planKey } from "./plan-key";

/** What the scheduling cap needs from a plan: the interview day and when days start. */
export interface Deadline {
  /** The interview day, YYYY-MM-DD. */
  date: string;
  dayStartHour: number;
}

/**
 * The latest moment a review may fall while a plan's date lies ahead: the start of the interview
 * day, so the last review happens that morning at the latest. Null once that day has begun, which
 * lifts the cap and lets FSRS schedule freely again.
 */
export function capInstant(deadline: Deadline | null, now: Date): Date | null {
  const start = deadline && planDayStart(deadline.date, deadline.dayStartHour);
  return start && now < start ? start : null;
}

/**
 * The plan's date and day start, read straight from storage without the validator so that
 * grading stays small on the practice page. Anything malformed reads as no date (no cap); the
 * plan page validates and reports the record properly.
 */
export function readDeadline(area: Area | undefined): Deadline | null {
  try {
    const plan = JSON.parse(area?.read(planKey) ?? "null") as Partial<Deadline & { version: number }> | null;
    const { date, dayStartHour } = plan ?? {};
    return plan?.version === 1 &&
      typeof date === "string" &&
      /^\d{4}-\d\d-\d\d$/.test(date) &&
      Number.isInteger(dayStartHour) &&
      dayStartHour! >= 0 &&
      dayStartHour! < 24
      ? { date, dayStartHour: dayStartHour! }
      : null;
  } catch {
    return null;
  }
}
