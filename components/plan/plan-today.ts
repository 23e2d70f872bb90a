import "client-only";
import type { Deck, Outline } from "@/lib/deck";
import {
  questionsGradedToday,
  todayAt,
  introducedOn,
  planCards,
  sectionsInScope,
  type Progress,
} from "@/lib/progress/client";
import { planDayOf, type PlanSettings, buildPlan } from "@/lib/plan/client";
import { todaysWork } from "./today-plan";

/**
 * The plan as of `now`, and today's share of it: one computation for the plan page and the home
 * page, so both state the same reviews, new questions and minutes.
 */
export function planToday(outline: Outline, settings: PlanSettings, progress: Progress, now: Date) {
  const today = planDayOf(now, settings.dayStartHour);
  const sections = sectionsInScope(outline, settings);
  const day = todayAt(now, settings.dayStartHour);
  const cards = planCards(sections, progress, day);
  const plan = settings.date
    ? buildPlan({
        cards,
        now,
        interviewDay: settings.date,
        dayStartHour: settings.dayStartHour,
        minutesPerDay: settings.minutesPerDay ?? undefined,
        introducedToday: introducedOn(progress, today, settings.dayStartHour, new Set(cards.map((c) => c.id))),
      })
    : null;
  const first = plan?.kind === "plan" ? plan.days[0] : undefined;
  return {
    today,
    sections,
    plan,
    work: first ? todaysWork(first) : null,
    practisedToday: questionsGradedToday(progress.cards, day).length,
  };
}

/** The outline the plan needs, from the deck a page already loads (sections in order, questions in order). */
export function outlineOfDeck(deck: Deck): Outline {
  return {
    tracks: deck.tracks,
    sections: deck.sections.map((s) => {
      const questions = deck.questions.filter((q) => q.track === s.track && q.section === s.slug);
      return { ...s, questionIds: questions.map((q) => q.id), followUps: questions.map((q) => q.followUpCount) };
    }),
  };
}
