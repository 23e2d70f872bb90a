import "client-only";
import { defaultDayStartHour, readDeadline } from "@/lib/plan/client";
import { openArea } from "@/lib/storage/client";
import { todayAt, type Today } from "@/lib/progress/client";

/** Today in this browser: its day begins at the plan's day-start hour, or the default without a plan. */
export const browserToday = (now = new Date()): Today =>
  todayAt(now, readDeadline(openArea("local"))?.dayStartHour ?? defaultDayStartHour);
