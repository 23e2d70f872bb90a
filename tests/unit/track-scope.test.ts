import { expect, test } from "vitest";
import { deckInTrack, type Deck } from "@/lib/deck/deck";
import { gradeCard } from "@/lib/progress/scheduler";
import { emptyProgress } from "@/lib/progress/schema";
import { outlineInTrack, progressForQuestions } from "@/lib/progress/track-scope";
import { decodeSettings, encodeSettings } from "@/lib/mock/share-link";
import { defaultSettings } from "@/lib/mock/settings";
import { emptyFilters, matchesFilters, parseFilters } from "@/lib/search/filters";

// Two small made-up tracks: "nodejs" with two sections, "sql" with one.
const entry = (id: string, track: string, section: string) => ({
  id,
  title: `Question ${id}`,
  track,
  section,
  difficulty: "foundation" as const,
  tags: [],
  followUpCount: 1,
});
const deck: Deck = {
  tracks: [
    { slug: "nodejs", title: "Node.js" },
    { slug: "sql", title: "SQL" },
  ],
  sections: [
    { track: "nodejs", slug: "runtime", title: "Runtime" },
    { track: "nodejs", slug: "streams", title: "Streams" },
    { track: "sql", slug: "joins", title: "Joins" },
  ],
  questions: [
    entry("loop", "nodejs", "runtime"),
    entry("inner-join", "sql", "joins"),
    entry("backpressure", "nodejs", "streams"),
    entry("outer-join", "sql", "joins"),
  ],
};
const now = new Date("2026-05-04T10:00:00Z");

test("a deck scoped to one track keeps its questions and its own sections", () => {
  const sql = deckInTrack(deck, "sql");
  expect([sql.questions.map((q) => q.id), sql.sections.map((s) => s.slug)]).toEqual([
    ["inner-join", "outer-join"],
    ["joins"],
  ]);
});

test("a deck scoped to no track is the whole deck", () => {
  expect(deckInTrack(deck, null)).toBe(deck);
});

test("the catalog filter by track keeps that track's entries", () => {
  const { filters } = parseFilters("?track=nodejs", { track: ["nodejs", "sql"], section: [], tag: [] });
  const kept = deck.questions.filter((q) =>
    matchesFilters({ ...q, status: "new", bookmarked: false, noted: false }, filters),
  );
  expect(kept.map((q) => q.id)).toEqual(["loop", "backpressure"]);
});

test("an unknown track on the question list is ignored and named", () => {
  expect(parseFilters("?track=nope", { track: ["nodejs", "sql"], section: [], tag: [] })).toEqual({
    filters: emptyFilters(),
    ignored: ["track=nope"],
  });
});

test("the progress outline scoped to a track keeps that track's sections", () => {
  const outline = {
    tracks: [
      { slug: "nodejs", title: "Node.js" },
      { slug: "sql", title: "SQL" },
    ],
    sections: [
      { slug: "runtime", title: "Runtime", track: "nodejs", questionIds: ["loop"], followUps: [1] },
      { slug: "joins", title: "Joins", track: "sql", questionIds: ["inner-join"], followUps: [0] },
    ],
  };
  expect(outlineInTrack(outline, "sql").sections.map((s) => s.slug)).toEqual(["joins"]);
});

test("progress scoped to some questions keeps their cards, follow-ups and reviews only", () => {
  let progress = gradeCard(emptyProgress(), "loop", "good", now).progress;
  progress = gradeCard(progress, "loop#0", "again", now).progress;
  progress = gradeCard(progress, "inner-join", "good", now).progress;
  const scoped = progressForQuestions(progress, new Set(["loop"]));
  expect([Object.keys(scoped.cards).sort(), scoped.log.map((r) => r.card)]).toEqual([
    ["loop", "loop#0"],
    ["loop", "loop#0"],
  ]);
});

test("days counted before the review log count only towards every track", () => {
  const progress = { ...emptyProgress(), daysBeforeLog: { "2026-01-02": 3 } };
  expect(progressForQuestions(progress, new Set(["loop"])).daysBeforeLog).toEqual({});
});

test("a mock link carries the track, and the track alone is not a setting", () => {
  const settings = defaultSettings("abcd2345");
  const link = encodeSettings(settings, "sql");
  expect([
    new URLSearchParams(link).get("track"),
    decodeSettings(link, ["joins"]),
    decodeSettings("?track=sql", []),
  ]).toEqual(["sql", { kind: "ok", settings }, { kind: "none" }]);
});
