import { expect, test } from "vitest";
import { loadTrack } from "@/lib/content/load";
import { buildCardDetails, buildDeck } from "@/lib/deck/build";

const track = await loadTrack("tests/fixtures/tracks/sql");
const design = track.questions.find((q) => q.id === "round-seat-booking")!;
const concept = track.questions.find((q) => q.id === "sql-lost-update")!;

test("a design question is marked in the deck and a concept question carries no kind at all", () => {
  const entries = buildDeck([track]).questions;
  expect(entries.find((q) => q.id === design.id)?.kind).toBe("design");
  expect(Object.keys(entries.find((q) => q.id === concept.id)!)).not.toContain("kind");
});

test("a design question's card details hold its answer's headings for the round's report", () => {
  expect(buildCardDetails(design).outline).toEqual([
    "Requirements and scope",
    "Clarifying questions",
    "Estimates",
    "API and data model",
    "High-level design",
    "Trade-offs",
    "What each level shows",
  ]);
});

test("a concept question's card details carry no outline", () => {
  expect(Object.keys(buildCardDetails(concept))).not.toContain("outline");
});
