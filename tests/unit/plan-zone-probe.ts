/**
 * Run by plan-time-zones.test.ts in a child process with TZ set, since a process's time zone is
 * fixed once dates are used. Prints what the plan's day arithmetic gives in that zone.
 */
import { addDays, planDayOf, planDayStart } from "@/lib/plan/days";
import { capInstant } from "@/lib/plan/deadline";
import { buildPlan } from "@/lib/plan/schedule";

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
const hoursIn = (day: string) =>
  (planDayStart(addDays(day, 1), 4).getTime() - planDayStart(day, 4).getTime()) / 3_600_000;
// Both hemispheres' changes in 2026: US 8 March and 1 November, New Zealand 5 April and 27 September.
const around = ["2026-03-07", "2026-03-31", "2026-04-04", "2026-09-26", "2026-10-31"].flatMap((d) => days(d, 3));

const plan = buildPlan({
  cards: Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, due: null, stability: 0 })),
  now: new Date("2026-03-05T20:00:00Z"),
  interviewDay: "2026-04-10",
  dayStartHour: 4,
});

console.log(
  JSON.stringify({
    dayLengths: Object.fromEntries(around.map((d) => [d, hoursIn(d)])),
    roundTrips: around.every((d) => planDayOf(planDayStart(d, 4)) === d),
    lastMomentIsDayBefore: around.every(
      (d) => planDayOf(new Date(planDayStart(d, 4).getTime() - 1)) === addDays(d, -1),
    ),
    dayOfSpringMorning: planDayOf(new Date("2026-03-08T10:30:00Z")),
    dayWithMidnightStart: planDayOf(new Date("2026-03-08T10:30:00Z"), 0),
    planDays: plan.kind === "plan" ? plan.days.map((d) => d.day) : [],
    capOnEve: capInstant({ date: "2026-04-05", dayStartHour: 4 }, new Date("2026-04-04T12:00:00Z"))?.at.toISOString(),
  }),
);
