import "client-only";

/**
 * The instant a plan day (YYYY-MM-DD) begins: its start hour on that local calendar day. Apart from
 * days.ts so that grading on the practice page loads only this.
 */
export function planDayStart(day: string, dayStartHour: number): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year!, month! - 1, date!, dayStartHour);
}
