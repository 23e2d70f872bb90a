import "client-only";
import { weekdayOf } from "@/lib/progress/client";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Mon 4 May" for a YYYY-MM-DD day; a lookup rather than Intl, like weekdayOf. */
export function dayLabel(day: string): string {
  const [, month, date] = day.split("-").map(Number);
  return `${weekdayOf(day)} ${date} ${months[month! - 1]}`;
}
