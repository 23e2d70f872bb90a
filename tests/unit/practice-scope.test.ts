import { expect, test } from "vitest";
import type { Deck } from "@/lib/deck/deck";
import { buildQueue, defaultScope, isCramLink, parsePracticeParams, todaysQueue } from "@/lib/practice/scope";
import { todayAt } from "@/lib/progress/today";
import { gradeCard } from "@/lib/progress/scheduler";
import { emptyProgress } from "@/lib/progress/schema";

const q = (id: string, section: string, difficulty: "foundation" | "advanced") => ({
  id,
  title: id,
  track: "t",
  section,
  difficulty,
  tags: [section],
  followUpCount: 1,
});
const deck: Deck = {
  tracks: [{ slug: "t", title: "T" }],
  sections: [
    { track: "t", slug: "s1", title: "S1" },
    { track: "t", slug: "s2", title: "S2" },
  ],
  questions: [q("a", "s1", "foundation"), q("b", "s1", "advanced"), q("c", "s2", "foundation")],
};
const now = new Date("2026-05-04T10:00:00Z");

test("the default scope puts due cards before new ones", () => {
  const progress = gradeCard(emptyProgress(), "b", "again", new Date("2026-05-02T09:00:00Z")).progress;
  expect(buildQueue(deck, progress, defaultScope, now)).toEqual(["b", "a", "c"]);
});

test("a question graded today and due again minutes later is not due today", () => {
  const progress = gradeCard(emptyProgress(), "b", "again", new Date("2026-05-04T09:00:00Z")).progress;
  expect(buildQueue(deck, progress, { ...defaultScope, which: "due" }, now)).toEqual([]);
});

test("included questions come first, even when in learning and outside the scope", () => {
  const progress = gradeCard(emptyProgress(), "c", "again", new Date("2026-05-04T09:00:00Z")).progress;
  const scope = { ...defaultScope, sections: ["s1"], include: ["c"], limit: 2 };
  expect(buildQueue(deck, progress, scope, now)).toEqual(["c", "a"]);
});

test("today's queue is every question due today, in deck order", () => {
  const progress = gradeCard(emptyProgress(), "c", "good", new Date("2026-04-20T09:00:00Z")).progress;
  expect(todaysQueue(deck, progress, todayAt(now))).toEqual(["c"]);
});

test("a today link is read as today's reviews", () => {
  expect(parsePracticeParams("?today=1", deck)).toEqual({ kind: "today" });
});

test("a today link with any value but 1 is an unknown option", () => {
  expect(parsePracticeParams("?today=yes", deck)).toEqual({ kind: "invalid", message: 'Unknown link option "today".' });
});

test("a mock's link includes its flagged questions beside the sections", () => {
  expect(parsePracticeParams("?sections=s1&include=c,c", deck)).toEqual({
    kind: "sections",
    sections: ["s1"],
    include: ["c"],
  });
});

test("an include naming an unknown question is rejected with its id", () => {
  expect(parsePracticeParams("?sections=s1&include=nope", deck)).toEqual({
    kind: "invalid",
    message: 'There is no question with the id "nope".',
  });
});

test("include without sections is an unknown option", () => {
  expect(parsePracticeParams("?include=c", deck)).toEqual({
    kind: "invalid",
    message: 'Unknown link option "include".',
  });
});

test("filters by section and difficulty combine", () => {
  const scope = { ...defaultScope, which: "all" as const, sections: ["s1"], difficulties: ["foundation" as const] };
  expect(buildQueue(deck, emptyProgress(), scope, now)).toEqual(["a"]);
});

test("'missed' picks questions with a follow-up graded again", () => {
  const progress = gradeCard(emptyProgress(), "c#0", "again", now).progress;
  expect(buildQueue(deck, progress, { ...defaultScope, which: "missed" }, now)).toEqual(["c"]);
});

test("the limit caps the session", () => {
  expect(buildQueue(deck, emptyProgress(), { ...defaultScope, which: "all", limit: 2 }, now)).toHaveLength(2);
});

test("practice links accept a known id and explain anything else", () => {
  expect(parsePracticeParams("?q=a", deck)).toEqual({ kind: "questions", ids: ["a"] });
  expect(parsePracticeParams("?q=zzz", deck)).toEqual({
    kind: "invalid",
    message: 'There is no question with the id "zzz".',
  });
  expect(parsePracticeParams("?q=%3Cb%3E", deck).kind).toBe("invalid");
  expect(parsePracticeParams("?next=https://evil.example", deck)).toEqual({
    kind: "invalid",
    message: 'Unknown link option "next".',
  });
  expect(parsePracticeParams("", deck)).toEqual({ kind: "none" });
});

test("a practice link with a very long unknown id is echoed shortened", () => {
  expect(parsePracticeParams(`?q=${"a".repeat(5000)}`, deck)).toEqual({
    kind: "invalid",
    message: `There is no question with the id "${"a".repeat(39)}…".`,
  });
});

test("a practice link with a very long unknown option is echoed shortened", () => {
  expect(parsePracticeParams(`?${"z".repeat(5000)}=1`, deck)).toEqual({
    kind: "invalid",
    message: `Unknown link option "${"z".repeat(39)}…".`,
  });
});

test("a practice link with malformed percent-encoding is reported, not thrown", () => {
  expect(parsePracticeParams("?q=%E0%A4%A", deck)).toEqual({
    kind: "invalid",
    message: "That practice link is malformed.",
  });
});

test("a sections link pre-selects known sections, once each", () => {
  expect(parsePracticeParams("?sections=s2,s1,s2", deck)).toEqual({
    kind: "sections",
    sections: ["s2", "s1"],
    include: [],
  });
});

test("a sections link naming an unknown section says which one", () => {
  expect(parsePracticeParams("?sections=s1,nope", deck)).toEqual({
    kind: "invalid",
    message: 'There is no section "nope".',
  });
});

test("a long unknown section is shortened in the message", () => {
  const message = parsePracticeParams(`?sections=${"x".repeat(500)}`, deck);
  expect(message).toEqual({ kind: "invalid", message: `There is no section "${"x".repeat(39)}…".` });
});

test("an empty sections link is rejected", () => {
  expect(parsePracticeParams("?sections=", deck)).toEqual({
    kind: "invalid",
    message: "That practice link names no sections.",
  });
});

test("a link giving both q and sections is rejected", () => {
  expect(parsePracticeParams("?q=a&sections=s1", deck)).toEqual({
    kind: "invalid",
    message: "That practice link gives more than one of q, sections, today and saved.",
  });
});

test("a plan's link names its questions in order, each once", () => {
  expect(parsePracticeParams("?q=c,a,c", deck)).toEqual({ kind: "questions", ids: ["c", "a"] });
});

test("a plan's link naming an unknown question is rejected with its id", () => {
  expect(parsePracticeParams("?q=a,nope", deck)).toEqual({
    kind: "invalid",
    message: 'There is no question with the id "nope".',
  });
});

test("cram combines with a scope", () => {
  expect(parsePracticeParams("?sections=s1&cram=1", deck)).toEqual({ kind: "sections", sections: ["s1"], include: [] });
  expect(isCramLink("?sections=s1&cram=1")).toBe(true);
});

test("cram with any value but 1 is an unknown option", () => {
  expect(parsePracticeParams("?cram=yes", deck)).toEqual({ kind: "invalid", message: 'Unknown link option "cram".' });
});

test("the bookmarked scope practises the bookmarked questions in deck order, skipping ids not in the deck", () => {
  expect(parsePracticeParams("?saved=bookmarked", deck, () => ["c", "gone", "a"])).toEqual({
    kind: "bookmarked",
    ids: ["a", "c"],
  });
});

test("the bookmarked scope with no bookmarks is empty, not an error", () => {
  expect(parsePracticeParams("?saved=bookmarked", deck, () => [])).toEqual({ kind: "bookmarked", ids: [] });
});

test("bookmarks are read only for the bookmarked scope", () => {
  let reads = 0;
  parsePracticeParams("?q=a", deck, () => {
    reads += 1;
    return [];
  });
  expect(reads).toBe(0);
});

test("an unknown saved scope is named", () => {
  expect(parsePracticeParams("?saved=liked", deck)).toEqual({
    kind: "invalid",
    message: 'There is no saved scope "liked".',
  });
});

test("the bookmarked scope with another scope is rejected", () => {
  expect(parsePracticeParams("?saved=bookmarked&sections=s1", deck, () => ["a"])).toEqual({
    kind: "invalid",
    message: "That practice link gives more than one of q, sections, today and saved.",
  });
});

test("a track rides along with any scope, left for the caller to check", () => {
  expect(parsePracticeParams("?track=t&saved=bookmarked&cram=1", deck, () => ["b"])).toEqual({
    kind: "bookmarked",
    ids: ["b"],
  });
});
