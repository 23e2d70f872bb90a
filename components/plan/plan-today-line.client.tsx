"use client";

import { useDeck } from "../card/use-deck";
import { useProgress } from "../progress/use-progress";
import { outlineOfDeck, planToday } from "./plan-today";
import { TodayPlan } from "./today-plan";
import { usePlan } from "./use-plan";

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
