import { questionsOf } from "@/lib/progress/client";
import type { PlanDay } from "@/lib/plan/client";
import { practiceQuestionsPath } from "@/lib/site";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export interface TodaysWork {
  /** Questions with the question or a follow-up to review today. */
  reviews: string[];
  /** Questions met for the first time today (not already among the reviews). */
  fresh: string[];
  minutes: number;
}

/** The plan's first day in questions, the unit every page counts in; follow-ups ride with their question. */
export function todaysWork(day: PlanDay): TodaysWork {
  const reviews = questionsOf(day.reviewIds);
  const fresh = questionsOf(day.newIds).filter((id) => !reviews.includes(id));
  return { reviews, fresh, minutes: day.minutes };
}

/**
 * Today as N reviews + M new, about T minutes, with one button straight into it; done once
 * everything is graded. Coming back mid-session resumes it: practice keeps a session that holds the
 * questions linked.
 */
export function TodayPlan({ work, practisedToday }: { work: TodaysWork | null; practisedToday: number }) {
  const ids = work ? [...work.reviews, ...work.fresh] : [];
  if (!work || ids.length === 0)
    return (
      <p className="plan-done">
        <span aria-hidden="true">✓ </span>
        {practisedToday > 0
          ? `Today's plan is done: ${plural(practisedToday, "question")} practised today. Come back tomorrow.`
          : "Nothing is planned for today. Come back tomorrow."}
      </p>
    );
  return (
    <p>
      Today: {plural(work.reviews.length, "review")} + {work.fresh.length} new, about {plural(work.minutes, "minute")}{" "}
      (each question with its follow-ups).{" "}
      <a className="button-primary" href={practiceQuestionsPath(ids)}>
        {practisedToday > 0 ? "Continue" : "Start"} today&apos;s plan ({plural(ids.length, "question")})
      </a>
    </p>
  );
}
