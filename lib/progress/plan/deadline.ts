import "client-only";
import type { Area } from "../../storage/areas";
import { planDayStart } from "./day-start";
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
 * The stored plan as plain JSON, read without the validator so that grading stays small on the
 * practice page; anything unreadable reads as an empty object. The plan page validates and
 * reports the record properly.
 */
function rawPlan(area: Area | undefined) {
  try {
    return JSON.parse(area?.read(planKey) || "{}") ?? {};
  } catch {
    return {};
  }
}

/** The plan's date and day start; anything malformed reads as no date (no cap). */
export function readDeadline(area: Area | undefined): Deadline | null {
  const { version, date, dayStartHour: hour } = rawPlan(area);
  return version === 1 && /^\d{4}-\d\d-\d\d$/.test(date) && hour >= 0 && hour < 24 && hour % 1 === 0
    ? { date, dayStartHour: hour }
    : null;
}

/** FSRS parameters the user imported on the plan page (always 21 numbers once stored); null means the defaults. */
export function readParameters(area: Area | undefined): number[] | null {
  const { version, parameters: w } = rawPlan(area);
  return version === 1 && Array.isArray(w) && w.length === 21 && w.every(Number.isFinite) ? w : null;
}
