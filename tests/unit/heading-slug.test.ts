import { expect, test } from "vitest";
import { headingId } from "@/lib/mdx/heading-slug";

test("a heading id is the question id and the heading's words joined by hyphens", () => {
  expect(headingId("event-loop-phases", "Microtasks sit between every callback")).toBe(
    "event-loop-phases--microtasks-sit-between-every-callback",
  );
});

test("punctuation and code marks in a heading drop out of its id", () => {
  expect(headingId("q", "What `process.nextTick()` does, and why!")).toBe("q--what-process-nexttick-does-and-why");
});

test("a heading with no letters or digits still gets an id", () => {
  expect(headingId("q", "→ …")).toBe("q--section");
});
