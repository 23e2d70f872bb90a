import { expect, test } from "vitest";
import { searchNotes } from "@/lib/search/notes";

const titles: Record<string, string> = { a: "Event loop phases", b: "Streams and backpressure" };
const titleOf = (id: string) => titles[id];

test("a note holding every meaningful word of the query is found, with its question's title", () => {
  const hits = searchNotes(
    { a: "Timers run first, then poll.", b: "Pipe handles drain." },
    "when do timers run",
    titleOf,
  );
  expect(hits.map((h) => [h.id, h.title])).toEqual([["a", "Event loop phases"]]);
});

test("a note missing one of the words is left out", () => {
  expect(searchNotes({ a: "Timers run first." }, "timers drain", titleOf)).toEqual([]);
});

test("word forms and unfinished words match: draining finds drains, backpr finds the title", () => {
  const notes = { b: "Pipe drains the writable before reading more." };
  expect(searchNotes(notes, "draining", titleOf).map((h) => h.id)).toEqual(["b"]);
  expect(searchNotes(notes, "backpr", titleOf).map((h) => h.id)).toEqual(["b"]);
});

test("a long note is shown as an excerpt around its first match", () => {
  const text = `${"filler ".repeat(40)}the keyword sits here ${"more ".repeat(40)}`;
  const [hit] = searchNotes({ a: text }, "keyword", titleOf);
  expect(hit?.excerpt).toMatch(/^….*the keyword sits here.*…$/);
  expect(hit!.excerpt.length).toBeLessThanOrEqual(142);
});

test("an empty query finds no notes", () => {
  expect(searchNotes({ a: "anything" }, "  ", titleOf)).toEqual([]);
});
