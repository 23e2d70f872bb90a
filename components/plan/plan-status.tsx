import { daysBetween, loadOf, type PlanSettings, type Plan, type PlanDay } from "@/lib/plan/client";
import { dayLabel } from "./day-label";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * On track or behind, told apart by colour, icon and words; what an ordinary day and the busiest
 * day ask, each named as such; and, when behind, what would work instead.
 */
export function PlanStatus({
  plan,
  settings,
  today,
  morning,
}: {
  plan: Extract<Plan, { kind: "plan" }>;
  settings: PlanSettings;
  today: string;
  morning: PlanDay | undefined;
}) {
  const load = loadOf(plan.days);
  const budget = settings.minutesPerDay;
  const days = daysBetween(today, settings.date!);
  const loadText = load.peak
    ? `An average day needs about ${plural(load.average, "minute")}; the busiest, ${dayLabel(load.peak.day, today)}, about ${plural(load.peak.minutes, "minute")}.`
    : "";
  return (
    <section
      className={`panel plan-status-panel ${plan.onTrack ? "plan-on-track" : "plan-behind"}`}
      aria-labelledby="plan-status-heading"
    >
      <h2 id="plan-status-heading" className="panel-title">
        <span aria-hidden="true">{plan.onTrack ? "✓" : "⚠"} </span>
        {plan.onTrack ? "On track" : "Behind"}: {plural(days, "day")} to go
      </h2>
      <p className="plan-status" role="status">
        {plan.onTrack
          ? budget
            ? `Your ${budget} minutes a day are enough. ${loadText}`
            : loadText
          : `At ${budget} minutes a day the plan cannot cover everything by ${dayLabel(settings.date!, today)}. It needs about ${plural(plan.minutesNeeded, "minute")} a day${plan.dayThatFits ? "," : ";"} ${
              plan.dayThatFits
                ? `or an interview on ${dayLabel(plan.dayThatFits, today)} or later.`
                : `a later date would not help: the last ${plural(plan.runInDays, "day")} before any interview review every question and follow-up in scope once, more than ${budget} minutes a day allow. Narrow the scope to fewer sections, or allow more minutes.`
            } Until then each day below keeps to your ${budget} minutes.`}{" "}
        {plan.onTrack
          ? `Every question and follow-up in scope is introduced by ${dayLabel(plan.introduceBy, today)} and reviewed by ${dayLabel(plan.reviewedBy, today)}. `
          : ""}
        Until the interview, no review is scheduled after it: reviews that would fall later are spread over the last few
        days before it, within your minutes.
        {morning && morning.reviewIds.length > 0
          ? ` On the morning itself ${plural(morning.reviewIds.length, "step")} come due for a last look, which the plan does not count on.`
          : ""}
      </p>
    </section>
  );
}
