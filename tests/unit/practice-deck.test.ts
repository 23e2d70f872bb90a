import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";
import { buildCardDetails, buildDeck, cardDetailsPath } from "@/lib/practice/deck";

const track = await loadTrack(defaultTrackDir());

test("the deck counts each question's follow-ups instead of carrying them", () => {
  const deck = buildDeck(track);
  const first = track.questions[0]!;
  expect(deck.questions[0]).toEqual({
    id: first.id,
    title: first.title,
    section: first.section,
    difficulty: first.difficulty,
    tags: first.tags,
    followUpCount: first.followUps.length,
  });
});

test("a card's details hold its rubric and the whole follow-up ladder", () => {
  const question = track.questions.find((q) => q.followUps.length > 1)!;
  expect(buildCardDetails(question)).toEqual({
    interviewerIntent: question.interviewerIntent,
    redFlag: question.redFlag,
    followUps: question.followUps,
  });
});

test("the deck of the real track stays under a tenth of its size with every card inlined", () => {
  const deck = JSON.stringify(buildDeck(track));
  const cards = track.questions.map((q) => JSON.stringify(buildCardDetails(q))).join("");
  expect(deck.length * 10).toBeLessThan(deck.length + cards.length);
});

test("card details live at one static path per question id", () => {
  expect(cardDetailsPath("event-loop-phases")).toBe("/practice/cards/event-loop-phases.json");
});
