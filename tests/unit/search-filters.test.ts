import fc from "fast-check";
import { expect, test } from "vitest";
import { difficulties } from "@/lib/content/difficulty";
import {
  emptyFilters,
  matchesFilters,
  parseFilters,
  savedValues,
  serializeFilters,
  statuses,
  type Filters,
} from "@/lib/search/filters";

const known = { track: ["nodejs", "sql"], section: ["runtime", "streams-io"], tag: ["event-loop", "buffers", "http"] };
const allowed: Record<keyof Filters, readonly string[]> = {
  track: known.track,
  section: known.section,
  difficulty: difficulties,
  tag: known.tag,
  status: statuses,
  saved: savedValues,
};

const hostileQuery = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.webQueryParameters(),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("track", "section", "difficulty", "tag", "status", "saved", "__proto__", "constructor"),
        fc.string(),
      ),
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
  fc.constantFrom("?%E0%A4%A", "?section=%00", "?tag=<script>", "?__proto__[x]=1", "?section=,,,", "&&&=="),
);

const knownFilters = fc.record({
  track: fc.uniqueArray(fc.constantFrom(...known.track)),
  section: fc.uniqueArray(fc.constantFrom(...known.section)),
  difficulty: fc.uniqueArray(fc.constantFrom(...difficulties)),
  tag: fc.uniqueArray(fc.constantFrom(...known.tag)),
  status: fc.uniqueArray(fc.constantFrom(...statuses)),
  saved: fc.uniqueArray(fc.constantFrom(...savedValues)),
});

test("random and hostile query strings never throw", () => {
  fc.assert(
    fc.property(hostileQuery, (query) => {
      expect(() => parseFilters(query, known)).not.toThrow();
    }),
    { numRuns: 2000 },
  );
});

test("parsed filters only ever hold known values, each once", () => {
  fc.assert(
    fc.property(hostileQuery, (query) => {
      const { filters } = parseFilters(query, known);
      for (const key of Object.keys(allowed) as (keyof Filters)[]) {
        expect(filters[key].every((value) => allowed[key].includes(value))).toBe(true);
        expect(new Set(filters[key]).size).toBe(filters[key].length);
      }
    }),
    { numRuns: 2000 },
  );
});

test("known filters survive serialise then parse unchanged, with nothing ignored", () => {
  fc.assert(
    fc.property(knownFilters, (filters) => {
      expect(parseFilters(serializeFilters(filters), known)).toEqual({ filters, ignored: [] });
    }),
  );
});

test("unknown keys and values are listed as ignored", () => {
  expect(parseFilters("?section=runtime,nowhere&colour=red", known)).toEqual({
    filters: { ...emptyFilters(), section: ["runtime"] },
    ignored: ["section=nowhere", "colour"],
  });
});

test("no filters serialise to an empty query", () => {
  expect(serializeFilters(emptyFilters())).toBe("");
});

test("saved=bookmarked is read from the query and anything else under saved is ignored", () => {
  expect(parseFilters("?saved=bookmarked,yes", known)).toEqual({
    filters: { ...emptyFilters(), saved: ["bookmarked"] },
    ignored: ["saved=yes"],
  });
});

test("the bookmarked filter keeps only bookmarked questions", () => {
  const item = { track: "nodejs", section: "runtime", difficulty: "core", tags: [], status: "new" as const };
  const filters = { ...emptyFilters(), saved: ["bookmarked"] };
  expect([
    matchesFilters({ ...item, bookmarked: true, noted: false }, filters),
    matchesFilters({ ...item, bookmarked: false, noted: true }, filters),
  ]).toEqual([true, false]);
});

test("the has-a-note filter keeps only questions with a note", () => {
  const item = { track: "nodejs", section: "runtime", difficulty: "core", tags: [], status: "new" as const };
  const filters = { ...emptyFilters(), saved: ["noted"] };
  expect([
    matchesFilters({ ...item, bookmarked: false, noted: true }, filters),
    matchesFilters({ ...item, bookmarked: true, noted: false }, filters),
  ]).toEqual([true, false]);
});

test("bookmarked and has-a-note together keep a question that is either", () => {
  const item = { track: "nodejs", section: "runtime", difficulty: "core", tags: [], status: "new" as const };
  const filters = { ...emptyFilters(), saved: ["bookmarked", "noted"] };
  expect([
    matchesFilters({ ...item, bookmarked: true, noted: false }, filters),
    matchesFilters({ ...item, bookmarked: false, noted: true }, filters),
    matchesFilters({ ...item, bookmarked: false, noted: false }, filters),
  ]).toEqual([true, true, false]);
});

test("saved=noted is read from the query", () => {
  expect(parseFilters("?saved=noted", known).filters.saved).toEqual(["noted"]);
});
