"use client";

import { isDue } from "@/lib/progress/scheduler";
import { useProgress } from "./use-progress";

/** Home page line: how many cards are due today, with the way into practice. */
export function DueToday() {
  const state = useProgress();
  const now = new Date();
  const endOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const due = state ? Object.values(state.progress.cards).filter((c) => isDue(c, endOfDay)).length : null;
  return (
    <p className="due-today">
      <a className="button-primary" href="/practice">
        Start practising
      </a>{" "}
      <span aria-live="polite">
        {due === null ? "" : due === 0 ? "Nothing due today." : `${due} card${due === 1 ? "" : "s"} due today.`}
      </span>{" "}
      <a href="/progress">Your progress</a>
    </p>
  );
}
