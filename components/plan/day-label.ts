import "client-only";
import { weekdayOf } from "@/lib/progress/client";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * "Mon 4 May" for a YYYY-MM-DD day, with the year when it is not `today`'s ("Sun 6 Jun 2027");
 * a lookup rather than Intl, like weekdayOf.
 */
export function dayLabel(day: string, today?: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const label = `${weekdayOf(day)} ${date} ${months[month! - 1]}`;
  return today !== undefined && !today.startsWith(`${year}-`) ? `${label} ${year}` : label;
}
