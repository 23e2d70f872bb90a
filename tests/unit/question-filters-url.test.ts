import { expect, test } from "vitest";
import { parseFilters } from "@/lib/search/filters";

const known = { track: ["nodejs"], section: ["runtime"], tag: ["event-loop"] };

test("known filters are read from the query", () => {
  expect(parseFilters("?section=runtime&difficulty=advanced", known).filters).toEqual({
    track: [],
    section: ["runtime"],
    difficulty: ["advanced"],
    tag: [],
    status: [],
    saved: [],
  });
});

test("a filter value with malformed percent-encoding is ignored and named, not thrown on", () => {
  expect(parseFilters("?tag=%E0%A4%A&section=runtime", known)).toEqual({
    filters: { track: [], section: ["runtime"], difficulty: [], tag: [], status: [], saved: [] },
    ignored: ["tag=\uFFFD%A"],
  });
});

test("a very long unknown filter value is named shortened", () => {
  expect(parseFilters(`?tag=${"t".repeat(5000)}`, known).ignored).toEqual([`tag=${"t".repeat(39)}…`]);
});

test("a very long unknown filter key is named shortened", () => {
  expect(parseFilters(`?${"k".repeat(5000)}=1`, known).ignored).toEqual([`${"k".repeat(39)}…`]);
});
