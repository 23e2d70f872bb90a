"use client";

import { useSyncExternalStore } from "react";
import { countDue } from "@/lib/progress/due-count";
import { daysBetween, planDayOf } from "@/lib/progress/plan/days";
import { readDeadline } from "@/lib/progress/plan/deadline";
import { readCardsLightly } from "@/lib/progress/light-read";
import { openArea } from "@/lib/storage/areas";

/**
 * Cards due by the end of today; "first" before anything was practised in this browser; "blocked"
 * where site data cannot be read; null before hydration.
 */
function dueToday(): number | "blocked" | "first" | null {
  const area = openArea("local");
  if (!area) return "blocked";
  if (Object.keys(readCardsLightly(area) ?? {}).length === 0) return "first";
  const now = new Date();
  return countDue(area, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

const dueText = (due: number | "blocked" | "first" | null) =>
  due === null
    ? ""
    : due === "first"
      ? "New here? Start here: “Start practising” asks you a first few questions and brings each back just before you would forget it. Or open a section below and read."
      : due === "blocked"
        ? "This browser blocks site data, so practice progress lasts only until you close the tab."
        : due === 0
          ? "Nothing due today."
          : `${due} card${due === 1 ? "" : "s"} due today.`;

/** Days to the interview while a plan's date lies ahead, else null. */
function daysToInterview(): number | null {
  const deadline = readDeadline(openArea("local"));
  if (!deadline) return null;
  const left = daysBetween(planDayOf(new Date(), deadline.dayStartHour), deadline.date);
  return left >= 0 ? left : null;
}

/** Home page line: how many cards are due today, with the way into practice. */
export function DueToday() {
  const due = useSyncExternalStore(subscribe, dueToday, () => null);
  const interview = useSyncExternalStore(subscribe, daysToInterview, () => null);
  return (
    <div className="due-today">
      <p className="due-links">
        <a className="button-primary" href="/practice">
          Start practising
        </a>{" "}
        <a href="/mock">Sit a mock interview</a> <a href="/progress">Your progress</a>
      </p>
      <p className={due === "first" ? "due-count first-visit" : "due-count"} aria-live="polite">
        {dueText(due)}
        {typeof due === "number" && due > 0 ? (
          <>
            {" "}
            <a href="/practice">Review {due === 1 ? "it" : `these ${due}`} now</a>
          </>
        ) : null}
      </p>
      {interview !== null ? (
        <p className="due-count">
          {interview === 0
            ? "Your interview is today."
            : `Your interview is in ${interview} day${interview === 1 ? "" : "s"}.`}{" "}
          <a href="/plan">See today&apos;s plan</a>
        </p>
      ) : null}
    </div>
  );
}
