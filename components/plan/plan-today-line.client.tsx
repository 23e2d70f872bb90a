"use client";

import { useDeck } from "@/components/card/client";
import { useProgress, usePlan } from "@/components/progress/client";
import { outlineOfDeck, planToday } from "./plan-today";
import { TodayPlan } from "./today-plan";

/** Today's share of the interview plan, computed as the plan page computes it, from the deck. */
export function PlanTodayLine() {
  const { deck, error } = useDeck();
  const progress = useProgress();
  const plan = usePlan();
  if (error) return <p className="due-count">{error}</p>;
  if (!deck || !progress || !plan) return <p className="due-count" aria-busy="true" />;
  const { plan: built, work, practisedToday } = planToday(outlineOfDeck(deck), plan.value, progress.value, new Date());
  if (built?.kind !== "plan") return null;
  return (
    <div className="due-count">
      <TodayPlan work={work} practisedToday={practisedToday} />
    </div>
  );
}
