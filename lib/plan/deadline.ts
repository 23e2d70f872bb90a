import "client-only";
import { openArea, type Area } from "@/lib/storage/client";
import { planDayStart } from "./day-start";
import { planKey, planVersion } from "./plan-key";

/** What the scheduling cap needs from a plan: the interview day and when days start. */
export interface Deadline {
  /** The interview day, YYYY-MM-DD. */
  date: string;
  dayStartHour: number;
}

/** A review FSRS would schedule after `after` (the interview day's start) is moved to `at`, on or before it. */
export interface Cap {
  after: Date;
  at: Date;
}

/**
 * The plain cap while a plan's date lies ahead: nothing after the start of the interview day, so
 * the last review happens that morning at the latest. Null once that day has begun, which lifts the
 * cap and lets FSRS schedule freely again. spread-cap.ts picks an earlier day within the plan's
 * scope; this is what grading uses until that code has loaded.
 */
export function capInstant(deadline: Deadline | null, now: Date): Cap | null {
  const start = deadline && planDayStart(deadline.date, deadline.dayStartHour);
  return start && now < start ? { after: start, at: start } : null;
}

/**
 * The stored plan as plain JSON, read without the validator so that grading stays small on the
 * practice page; anything unreadable, or of a version this code does not know, reads as an empty
 * object. Version 1 differs from the current one only in how the scope names sections. The plan
 * page validates and reports the record properly.
 */
export function rawPlan(area: Area | undefined) {
  try {
    const plan = JSON.parse(area?.read(planKey) || "{}");
    return plan?.version === 1 || plan?.version === planVersion ? plan : {};
  } catch {
    return {};
  }
}

/** The plan's date and day start; anything malformed reads as no date (no cap). */
export function readDeadline(area: Area | undefined): Deadline | null {
  const { date, dayStartHour: hour } = rawPlan(area);
  return /^\d{4}-\d\d-\d\d$/.test(date) && hour >= 0 && hour < 24 && hour % 1 === 0
    ? { date, dayStartHour: hour }
    : null;
}

/** FSRS parameters the user imported on the plan page (always 21 numbers once stored); null means the defaults. */
export function readParameters(area: Area | undefined): number[] | null {
  const { parameters: w } = rawPlan(area);
  return Array.isArray(w) && w.length === 21 && w.every(Number.isFinite) ? w : null;
}

/**
 * The plan's interview day and day start as this browser stores them, read without the full
 * record: kept apart from the plan's store, whose validator and FSRS code a page reading only the
 * date (home) should not load.
 */
export const browserDeadline = () => readDeadline(openArea("local"));
