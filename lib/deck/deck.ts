import type { Question } from "@/lib/content/server";
import type { FollowUp } from "@/lib/content";

/**
 * What practice and mock modes need up front: a few fields per question, so the deck stays small as
 * the track grows. The rest of a card (intent, red flag, follow-ups) is fetched when it is shown,
 * and the model answer itself is read from the question's own page.
 */
export type DeckQuestion = Pick<Question, "id" | "track" | "title" | "section" | "difficulty" | "tags"> & {
  followUpCount: number;
  /** Present only on design questions (the mock's design round draws them), so concept ones cost nothing. */
  kind?: "design";
};

/**
 * One question's self-check rubric and follow-up ladder, in its own static JSON file. A follow-up
 * an imported page gives no answer for is a recall prompt: `answer` then says so, for the card.
 */
export type CardDetails = Pick<Question, "interviewerIntent" | "redFlag"> & {
  followUps: (FollowUp & { recall?: true })[];
  /** A design question's `###` headings: the model answer's structure, set beside the round's phases. */
  outline?: string[];
};

/** Shown in place of a model answer the source does not have; written here so practice ships no copy of it. */
export const recallPromptText =
  "The source gives no model answer for this follow-up. Answer it aloud from memory, then grade how completely you recalled it.";

export interface Deck {
  tracks: { slug: string; title: string }[];
  /** Every track's sections; a section slug is unique within its track. */
  sections: { track: string; slug: string; title: string }[];
  questions: DeckQuestion[];
}

/**
 * The deck cut down to one track (null: every track), for practice and mock interviews: its
 * questions, and the sections they fall in.
 */
export function deckInTrack(deck: Deck, track: string | null): Deck {
  if (track === null) return deck;
  const questions = deck.questions.filter((q) => q.track === track);
  return { ...deck, sections: deck.sections.filter((s) => s.track === track), questions };
}

export const deckPath = "/practice/deck.json";
/** Question ids are kebab-case slugs (checked by the content schema), so they are safe file names. */
export const cardDetailsPath = (id: string) => `/practice/cards/${id}.json`;

/**
 * What the progress dashboard and the plan need: the track, and each section with its question ids
 * and how many follow-ups each question has (a few KB, not the deck).
 */
export interface Outline {
  tracks: { slug: string; title: string }[];
  sections: { track: string; slug: string; title: string; questionIds: string[]; followUps: number[] }[];
}
