import "client-only";
import { defaultDayStartHour } from "../progress/plan/days";
import { readDeadline } from "../progress/plan/deadline";
import { openArea } from "../storage/areas";
import { todayAt, type Today } from "./today";

/** Today in this browser: its day begins at the plan's day-start hour, or the default without a plan. */
export const browserToday = (now = new Date()): Today =>
  todayAt(now, readDeadline(openArea("local"))?.dayStartHour ?? defaultDayStartHour);
