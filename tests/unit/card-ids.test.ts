import { expect, test } from "vitest";
import { parseImport } from "@/lib/progress/transfer";
import { isCardKey } from "@/lib/progress/schema";
import { gradedCard, progressFile } from "./progress-fixtures";

const card = gradedCard("2026-01-01T00:00:00.000Z");
const file = progressFile;

test("question ids and follow-up ids are card keys", () => {
  expect(["event-loop", "timers#0", "timers#12"].map(isCardKey)).toEqual([true, true, true]);
});

test("ids outside the slug pattern or with a malformed follow-up are not card keys", () => {
  const ids = ["", "Timers", "a,b", "=HYPERLINK(1)", "timers#", "timers#01", "timers#x", "a#1#2", "a\nb"];
  expect(ids.filter(isCardKey)).toEqual([]);
});

test("an imported card with a formula for an id is left out and named; the valid card is kept", () => {
  const result = parseImport(file({ cards: { '=HYPERLINK("http://evil","x")': card, timers: card } }));
  expect(result.ok && [Object.keys(result.progress.cards), result.setAside]).toEqual([
    ["timers"],
    ['cards.=HYPERLINK("http://evil","x"): must be a question id, or <question id>#<n> for a follow-up'],
  ]);
});

test("an imported review of a card with a comma in its id is left out and named", () => {
  const result = parseImport(file({ log: [{ card: "a,b", time: 1, rating: 3, state: 0 }] }));
  expect(result.ok && result.setAside).toEqual([
    "log.0.card: must be a question id, or <question id>#<n> for a follow-up",
  ]);
});

test("an imported tombstone for an id that is not a card key refuses the file", () => {
  const result = parseImport(file({ removed: { "a b": "2026-01-01T00:00:00.000Z" } }));
  expect(result.ok ? "" : result.error).toMatch(/^data\.removed\.a b: must be a question id/);
});
