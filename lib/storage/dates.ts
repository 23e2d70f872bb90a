import "client-only";
import * as z from "zod/mini";

/**
 * Dates in stored and imported records say when something happened, so none may lie ahead of
 * this device's clock by more than a small skew between devices. A date in the future would win
 * every newest-wins merge: a future reset or tombstone would erase every later grade.
 */
export const clockSkewMs = 5 * 60 * 1000;

export const futureMessage = "must not be later than now";

export const isIsoDate = (s: string) => !Number.isNaN(Date.parse(s));

/** True when a time, in ms since the epoch, is no later than now plus the allowed skew. */
export const notInFuture = (ms: number, now = Date.now()) => ms <= now + clockSkewMs;

/** An ISO date string; a bad one reads "must be an ISO date", a future one {@link futureMessage}. */
export const pastIsoDate = () =>
  z.string().check(
    z.refine(isIsoDate, { message: "must be an ISO date", abort: true }),
    z.refine((s) => notInFuture(Date.parse(s)), futureMessage),
  );

/** Why a date field fails, or null when it is a valid date no later than now. */
export function pastDateProblem(value: unknown, now = Date.now()): string | null {
  if (typeof value !== "string" || !isIsoDate(value)) return "must be an ISO date";
  return notInFuture(Date.parse(value), now) ? null : futureMessage;
}
