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
    <div className="due-today">
      <p className="due-links">
        <a className="button-primary" href="/practice">
          Start practising
        </a>{" "}
        <a href="/mock">Sit a mock interview</a> <a href="/progress">Your progress</a>
      </p>
      <p className="due-count" aria-live="polite">
        {due === null ? "" : due === 0 ? "Nothing due today." : `${due} card${due === 1 ? "" : "s"} due today.`}
      </p>
    </div>
  );
}
