/** Allowed downtime for availability targets such as 99.9%. */
import { secondsPerDay } from "./figures";
import { formatDuration } from "./format";
import type { Parsed } from "./quantity";

/** The periods downtime is budgeted over; a month is taken as 30 days, as SLAs usually do. */
export const downtimePeriods = [
  { key: "year", label: "Per year", days: 365 },
  { key: "month", label: "Per month (30 days)", days: 30 },
  { key: "week", label: "Per week", days: 7 },
] as const;

export const maxTargets = 8;

export interface DowntimeRow {
  /** The target as written, such as `99.95`. */
  target: string;
  /** Allowed downtime per period, formatted (`8.76 h`). */
  downtime: Record<(typeof downtimePeriods)[number]["key"], string>;
}

/** Seconds of downtime a target allows over a number of days. */
export const downtimeSeconds = (percent: number, days: number) => ((100 - percent) / 100) * days * secondsPerDay;

const percentPattern = /^\d{1,2}(\.\d+)?$/;

/** One target, as a percentage above 0 and below 100 (100% allows no downtime, so there is no budget). */
export function parseTarget(text: string): Parsed {
  const trimmed = text.trim();
  if (!percentPattern.test(trimmed)) {
    return { ok: false, message: `"${text}" is not a percentage below 100; write it without the % sign, such as 99.9` };
  }
  const value = Number(trimmed);
  return value > 0 ? { ok: true, value } : { ok: false, message: `"${text}" must be above 0` };
}

export function downtimeRow(target: string, percent: number): DowntimeRow {
  const [year, month, week] = downtimePeriods.map((period) => formatDuration(downtimeSeconds(percent, period.days)));
  return { target, downtime: { year: year!, month: month!, week: week! } };
}
