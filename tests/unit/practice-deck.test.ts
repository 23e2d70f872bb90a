import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";
import { buildCardDetails, buildDeck } from "@/lib/deck/build";
import { cardDetailsPath } from "@/lib/deck/deck";

const track = await loadTrack(defaultTrackDir());

test("the deck lists every question of the track once, in track order", () => {
  expect(buildDeck([track]).questions.map((q) => q.id)).toEqual(track.questions.map((q) => q.id));
});

test("a deck entry's follow-up count is the length of the ladder its card details hold", () => {
  const deck = buildDeck([track]);
  const mismatched = deck.questions.filter((entry, i) => {
    const details = buildCardDetails(track.questions[i]!);
    return entry.followUpCount !== details.followUps.length;
  });
  expect(mismatched.map((q) => q.id)).toEqual([]);
});

test("the deck carries no rubric, red flag or follow-up text; only the card details do", () => {
  const deck = JSON.stringify(buildDeck([track]));
  const question = track.questions.find((q) => q.followUps.length > 1)!;
  const details = JSON.stringify(buildCardDetails(question));
  for (const text of [question.redFlag, question.interviewerIntent[0]!, question.followUps[1]!.answer]) {
    expect(deck).not.toContain(JSON.stringify(text).slice(1, -1));
    expect(details).toContain(JSON.stringify(text).slice(1, -1));
  }
});

test("the deck of the real track stays under a tenth of its size with every card inlined", () => {
  const deck = JSON.stringify(buildDeck([track]));
  const cards = track.questions.map((q) => JSON.stringify(buildCardDetails(q))).join("");
  expect(deck.length * 10).toBeLessThan(deck.length + cards.length);
});

test("card details live at one static path per question id", () => {
  expect(cardDetailsPath("event-loop-phases")).toBe("/practice/cards/event-loop-phases.json");
});
