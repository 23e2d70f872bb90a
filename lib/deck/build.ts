import "server-only";
import type { LoadedTrack, Question } from "@/lib/content/server";
import { recallPromptText, type CardDetails, type Deck, type Outline } from "./deck";

// The build writes the deck, the outline and each card's details from the loaded bank; the
// browser reads them through the types and paths in deck.ts, never this file.

export function buildOutline(tracks: readonly LoadedTrack[]): Outline {
  return {
    tracks: tracks.map(({ slug, title }) => ({ slug, title })),
    sections: tracks.flatMap((track) =>
      track.sections.map(({ slug, title, questions }) => ({
        track: track.slug,
        slug,
        title,
        questionIds: questions.map((q) => q.id),
        followUps: questions.map((q) => q.followUps.length),
      })),
    ),
  };
}

export function buildDeck(tracks: readonly LoadedTrack[]): Deck {
  return {
    tracks: tracks.map(({ slug, title }) => ({ slug, title })),
    sections: tracks.flatMap((track) => track.sections.map(({ slug, title }) => ({ track: track.slug, slug, title }))),
    questions: tracks
      .flatMap((track) => track.questions)
      .map((q) => ({
        id: q.id,
        track: q.track,
        title: q.title,
        section: q.section,
        difficulty: q.difficulty,
        tags: q.tags,
        followUpCount: q.followUps.length,
        ...(q.kind === "design" ? { kind: "design" as const } : {}),
      })),
  };
}

export function buildCardDetails(question: Question): CardDetails {
  return {
    interviewerIntent: question.interviewerIntent,
    redFlag: question.redFlag,
    followUps: question.followUps.map(({ question: text, answer }) =>
      answer === undefined
        ? { question: text, answer: recallPromptText, recall: true as const }
        : { question: text, answer },
    ),
    ...(question.kind === "design" ? { outline: question.sectionHeadings } : {}),
  };
}
