"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { browserToday } from "@/lib/practice/client";
import { browserTodaySummary, type TodaySummary } from "@/lib/progress/client";
import { browserDeadline, daysBetween, planDayOf } from "@/lib/plan/client";

/** Today's reviews as text, cached so React sees a stable snapshot; "blocked" where site data cannot be read. */
let cache: { raw: string; value: TodaySummary | "blocked" | null } | null = null;
function snapshot(): TodaySummary | "blocked" | null {
  const value = browserTodaySummary(browserToday());
  const raw = JSON.stringify(value);
  if (cache?.raw !== raw) cache = { raw, value };
  return cache.value;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Days to the interview while a plan's date lies ahead, else null. */
function daysToInterview(): number | null {
  const deadline = browserDeadline();
  if (!deadline) return null;
  const left = daysBetween(planDayOf(new Date(), deadline.dayStartHour), deadline.date);
  return left >= 0 ? left : null;
}

function TodayLine({ today, planned }: { today: TodaySummary | "blocked" | null; planned: boolean }) {
  if (today === null) return <p className="due-count" aria-busy="true" />;
  if (today === "blocked")
    return (
      <p className="due-count">
        This browser blocks site data, so practice progress lasts only until you close the tab.
      </p>
    );
  if (!today.started)
    return (
      <p className="due-count first-visit">
        Start here: practise a few questions, answering each aloud before you reveal the model answer.{" "}
        <a className="button-primary" href="/practice">
          Start practising
        </a>
      </p>
    );
  if (today.reviews === 0)
    return (
      <p className="due-count today-done">
        <span aria-hidden="true">✓ </span>
        {today.practisedToday > 0
          ? `Today's reviews are done: ${plural(today.practisedToday, "question")} practised today.`
          : "No reviews due today."}{" "}
        {planned ? null : (
          <a className="button-quiet" href="/practice">
            Practise new questions
          </a>
        )}
      </p>
    );
  return (
    <p className="due-count">
      Today: {plural(today.reviews, "review")}, about {plural(today.minutes, "minute")}.{" "}
      <a className="button-primary" href="/practice?today=1">
        Start today&apos;s {plural(today.reviews, "review")}
      </a>
    </p>
  );
}

/**
 * Home page line: today's reviews, with the way straight into them. With an interview date,
 * `planToday` (the plan's own today: reviews and new questions) takes the reviews' place.
 */
export function DueToday({ planToday }: { planToday: ReactNode }) {
  const today = useSyncExternalStore(subscribe, snapshot, () => null);
  const interview = useSyncExternalStore(subscribe, daysToInterview, () => null);
  return (
    <div className="due-today" aria-live="polite">
      {interview !== null && today !== null && today !== "blocked" ? (
        planToday
      ) : (
        <TodayLine today={today} planned={interview !== null} />
      )}
      {interview !== null ? (
        <p className="due-count">
          {interview === 0
            ? "Your interview is today."
            : `Your interview is in ${interview} day${interview === 1 ? "" : "s"}.`}{" "}
          <a className="button-quiet" href="/plan">
            See the whole plan
          </a>
        </p>
      ) : null}
      <p className="due-links">
        <a href="/practice">Choose what to practise</a> <a href="/mock">Sit a mock interview</a>{" "}
        <a href="/progress">Your progress</a>
      </p>
    </div>
  );
}
