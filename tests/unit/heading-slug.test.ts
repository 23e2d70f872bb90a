import { expect, test } from "vitest";
import { headingIds } from "@/lib/mdx/heading-slug";

test("a heading id is the question id and the heading's words joined by hyphens", () => {
  expect(headingIds("event-loop-phases", ["Microtasks sit between every callback"])).toEqual([
    "event-loop-phases--microtasks-sit-between-every-callback",
  ]);
});

test("punctuation and code marks in a heading drop out of its id", () => {
  expect(headingIds("q", ["What `process.nextTick()` does, and why!"])).toEqual([
    "q--what-processnexttick-does-and-why",
  ]);
});

test("two equal headings in one answer get distinct ids", () => {
  expect(headingIds("q", ["Trade-offs", "Trade-offs", "Trade-offs"])).toEqual([
    "q--trade-offs",
    "q--trade-offs-1",
    "q--trade-offs-2",
  ]);
});

test("a heading in another script keeps its letters", () => {
  expect(headingIds("q", ["Événements et files d'attente", "Очередь задач"])).toEqual([
    "q--événements-et-files-dattente",
    "q--очередь-задач",
  ]);
});

test("a heading with no letters or digits still gets an id, numbered when it repeats", () => {
  expect(headingIds("q", ["→ …", "→ …"])).toEqual(["q--section", "q--section-1"]);
});
