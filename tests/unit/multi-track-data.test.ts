import path from "node:path";
import { expect, test } from "vitest";
import { loadBank } from "@/lib/content/load";
import { mergedTags } from "@/lib/content/tag-titles";
import { buildDeck, buildOutline } from "@/lib/deck/build";
import { trackProgressText } from "@/lib/progress/track-progress";
import { searchDocs } from "@/lib/search/build-index";
import { buildCatalog } from "@/lib/search/catalog";

const tracks = await loadBank([path.join("tests", "fixtures", "content", "valid-track"), "tests/fixtures/tracks"]);
const trackOf = (entries: { id: string; track: string }[]) => Object.fromEntries(entries.map((e) => [e.id, e.track]));

test("the deck holds every track's questions, each naming its track", () => {
  const deck = buildDeck(tracks);
  expect(deck.tracks).toEqual([
    { slug: "fixture", title: "Fixture track" },
    { slug: "sql", title: "SQL and databases" },
  ]);
  expect(trackOf(deck.questions)).toMatchObject({ "first-question": "fixture", "sql-lost-update": "sql" });
  expect(deck.sections.map((s) => `${s.track}/${s.slug}`)).toEqual([
    "fixture/basics",
    "sql/querying",
    "sql/transactions",
  ]);
});

test("the catalog and the search documents name each question's track", () => {
  expect(trackOf(buildCatalog(tracks))).toMatchObject({ "second-question": "fixture", "sql-acid-atomicity": "sql" });
  expect(trackOf(searchDocs(tracks))).toMatchObject({ "second-question": "fixture", "sql-acid-atomicity": "sql" });
  expect(buildCatalog(tracks)).toHaveLength(10);
});

test("the progress outline lists every track's sections with their track", () => {
  expect(buildOutline(tracks).sections.map((s) => [s.track, s.slug, s.questionIds.length])).toEqual([
    ["fixture", "basics", 2],
    ["sql", "querying", 4],
    ["sql", "transactions", 4],
  ]);
});

test("merged tags list a slug two tracks share once, with the first track's title", () => {
  const merged = mergedTags([
    { tags: [{ slug: "a", title: "First A", description: "The first track's tag." }] },
    {
      tags: [
        { slug: "a", title: "Second A", description: "The same slug again." },
        { slug: "b", title: "B", description: "Only the second track has it." },
      ],
    },
  ]);
  expect(merged.tags.map((t) => `${t.slug}:${t.title}`)).toEqual(["a:First A", "b:B"]);
});

const card = (state: number, stability: number) => ({ due: "2099-01-01T00:00:00.000Z", state, stability });

test("a track's progress line counts its own practised and mastered questions only", () => {
  const cards = { a: card(2, 30), b: card(1, 2), "b#1": card(1, 2), other: card(2, 40) };
  expect(trackProgressText(cards, ["a", "b", "c"])).toBe("2 of 3 practised, 1 mastered.");
});

test("a track nobody has graded says so", () => {
  expect(trackProgressText({ other: card(2, 40), "x#0": card(1, 1) }, ["x", "y"])).toBe(
    "Not started yet: pick a section below to begin.",
  );
});

test("the catalog and the search documents mark design questions, and only those", () => {
  const catalog = buildCatalog(tracks);
  expect(catalog.find((q) => q.id === "sql-sdcode-order-history")?.kind).toBe("design");
  expect(catalog.filter((q) => "kind" in q).map((q) => q.id)).toEqual([
    "sql-sdcode-order-history",
    "round-seat-booking",
  ]);
  expect(
    searchDocs(tracks)
      .filter((d) => d.kind === "design")
      .map((d) => d.id),
  ).toEqual(["sql-sdcode-order-history", "round-seat-booking"]);
});
