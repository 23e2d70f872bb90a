import type { LoadedTrack, Question } from "../content/load";

/** What practice and mock modes need of each question; the model answer itself stays on its page. */
export type DeckQuestion = Pick<
  Question,
  "id" | "title" | "section" | "difficulty" | "tags" | "summary" | "interviewerIntent" | "redFlag" | "followUps"
>;

export interface Deck {
  track: string;
  sections: { slug: string; title: string }[];
  questions: DeckQuestion[];
}

export const deckPath = "/practice/deck.json";

/** What the progress dashboard needs: each section with its question ids (a few KB, not the deck). */
export interface Outline {
  sections: { slug: string; title: string; questionIds: string[] }[];
}

export function buildOutline(track: LoadedTrack): Outline {
  return {
    sections: track.sections.map(({ slug, title, questions }) => ({
      slug,
      title,
      questionIds: questions.map((q) => q.id),
    })),
  };
}

export function buildDeck(track: LoadedTrack): Deck {
  return {
    track: track.slug,
    sections: track.sections.map(({ slug, title }) => ({ slug, title })),
    questions: track.questions.map((q) => ({
      id: q.id,
      title: q.title,
      section: q.section,
      difficulty: q.difficulty,
      tags: q.tags,
      summary: q.summary,
      interviewerIntent: q.interviewerIntent,
      redFlag: q.redFlag,
      followUps: q.followUps,
    })),
  };
}
