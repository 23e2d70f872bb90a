"use client";

import { useSyncExternalStore } from "react";
import { countDue } from "@/lib/progress/due-count";
import { openArea } from "@/lib/storage/areas";

/** Cards due by the end of today; "blocked" where site data cannot be read, null before hydration. */
function dueToday(): number | "blocked" | null {
  const area = openArea("local");
  if (!area) return "blocked";
  const now = new Date();
  return countDue(area, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

const dueText = (due: number | "blocked" | null) =>
  due === null
    ? ""
    : due === "blocked"
      ? "This browser blocks site data, so practice progress lasts only until you close the tab."
      : due === 0
        ? "Nothing due today."
        : `${due} card${due === 1 ? "" : "s"} due today.`;

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
        {dueText(due)}
        {typeof due === "number" && due > 0 ? (
          <>
            {" "}
            <a href="/practice">Review {due === 1 ? "it" : `these ${due}`} now</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
