"use client";

import { lazy, Suspense } from "react";

// The plan's code and the deck load only for someone with an interview date.
const PlanTodayLine = lazy(() => import("./plan-today-line.client").then((m) => ({ default: m.PlanTodayLine })));

/** The home page's "today" once a plan exists: the plan's reviews and new questions, not reviews alone. */
export function HomePlanToday() {
  return (
    <Suspense fallback={<p className="due-count" aria-busy="true" />}>
      <PlanTodayLine />
    </Suspense>
  );
}
