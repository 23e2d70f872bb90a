import "client-only";
import type { PlanDay } from "./schedule";

export interface Load {
  /** Mean minutes a day over the days before the interview. */
  average: number;
  /** The busiest of those days. */
  peak: PlanDay | null;
}

/**
 * What the plan asks on an ordinary day and on its busiest one. The interview morning is left out:
 * its last look is optional and the plan does not count on it.
 */
export function loadOf(days: PlanDay[]): Load {
  const working = days.length > 1 ? days.slice(0, -1) : days;
  if (working.length === 0) return { average: 0, peak: null };
  const total = working.reduce((sum, d) => sum + d.minutes, 0);
  const peak = working.reduce((best, d) => (d.minutes > best.minutes ? d : best));
  return { average: Math.round(total / working.length), peak };
}
