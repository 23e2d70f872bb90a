"use client";

import { useSyncExternalStore } from "react";
import { countDue } from "@/lib/progress/due-count";

function dueToday(): number | null {
  const now = new Date();
  try {
    return countDue(window.localStorage, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  } catch {
    return null;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/** Home page line: how many cards are due today, with the way into practice. */
export function DueToday() {
  const due = useSyncExternalStore(subscribe, dueToday, () => null);
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
