import fc from "fast-check";
import { expect, test } from "vitest";
import { decodeSettings, encodeSettings } from "@/lib/mock/share-link";
import { defaultSettings, designRoundPreset, drawQuestions } from "@/lib/mock/settings";

const sections = ["runtime", "streams-io"];

test("settings survive a round trip through the share link", () => {
  const settings = { ...defaultSettings("abcd2345"), sections: ["runtime"], difficulties: ["advanced" as const] };
  expect(decodeSettings(encodeSettings(settings), sections)).toEqual({ kind: "ok", settings });
});

test("an empty query is not an error", () => {
  expect(decodeSettings("", sections)).toEqual({ kind: "none" });
});

test("out-of-range and unknown values are reported, not used", () => {
  const result = decodeSettings("?seed=abcd&n=999&m=8&t=45&d=3&auto=50&over=lock&next=//evil.example", sections);
  expect(result.kind).toBe("invalid");
  expect(result.kind === "invalid" && result.problems).toEqual([
    'unknown option "next"',
    "n (questions) must be a whole number from 1 to 10",
  ]);
});

test("a very long unknown option in a mock link is echoed shortened", () => {
  const result = decodeSettings(`?seed=abcd&n=3&m=8&t=45&d=3&auto=50&over=lock&${"k".repeat(5000)}=1`, sections);
  expect(result).toEqual({ kind: "invalid", problems: [`unknown option "${"k".repeat(39)}…"`] });
});

test("a mock link with malformed percent-encoding is reported, not thrown", () => {
  const result = decodeSettings("?seed=%E0%A4%A&n=%&m=8&t=45&d=3&auto=50&over=lock", sections);
  expect(result).toEqual({
    kind: "invalid",
    problems: ["seed must be 4 to 16 lowercase letters or digits", "n (questions) must be a whole number from 1 to 10"],
  });
});

test("the same settings and seed draw the same questions", () => {
  const questions = Array.from({ length: 30 }, (_, i) => ({
    id: `q${i}`,
    section: "runtime",
    difficulty: "foundation",
  }));
  const s = defaultSettings("seed5678");
  expect(drawQuestions(questions, s)).toEqual(drawQuestions(questions, s));
  expect(drawQuestions(questions, s)).not.toEqual(drawQuestions(questions, { ...s, seed: "other999" }));
});

const hostile = fc.oneof(
  fc.string(),
  fc.webQueryParameters(),
  fc.constantFrom("?%E0%A4%A", "?seed=<script>", "?__proto__[x]=1", "?n=1e9&m=-1", "?sec=,,,&diff=%00"),
);

test("random and hostile query strings never throw", () => {
  fc.assert(
    fc.property(hostile, (query) => {
      expect(() => decodeSettings(query, sections)).not.toThrow();
    }),
    { numRuns: 2000 },
  );
});

test("settings accepted from any link are within limits and name only known sections and difficulties", () => {
  const nearlyValid = fc
    .record({
      n: fc.integer({ min: -5, max: 20 }),
      m: fc.integer({ min: -5, max: 40 }),
      sec: fc.constantFrom("runtime", "streams-io", "nowhere", ""),
      diff: fc.constantFrom("advanced", "foundation,intermediate", "expert", ""),
      over: fc.constantFrom("lock", "overtime", "never"),
      round: fc.constantFrom("", "&round=design", "&round=coding"),
    })
    .map(
      (p) => `?seed=abcd2345&n=${p.n}&m=${p.m}&t=45&d=3&auto=50&over=${p.over}&sec=${p.sec}&diff=${p.diff}${p.round}`,
    );
  fc.assert(
    fc.property(fc.oneof(hostile, nearlyValid), (query) => {
      const result = decodeSettings(query, sections);
      if (result.kind !== "ok") return;
      const s = result.settings;
      // The design round's timing is fixed by its preset, whatever the link says.
      if (s.format === "design-round") expect(s).toMatchObject(designRoundPreset.settings);
      else expect(s.minutesPerQuestion).toBeLessThanOrEqual(30);
      expect(s.count).toBeGreaterThanOrEqual(1);
      expect(s.count).toBeLessThanOrEqual(10);
      expect(s.minutesPerQuestion).toBeGreaterThanOrEqual(1);
      expect(s.sections.every((sec) => sections.includes(sec))).toBe(true);
      expect(s.difficulties.every((d) => ["foundation", "intermediate", "advanced"].includes(d))).toBe(true);
      expect(decodeSettings(encodeSettings(s), sections)).toEqual(result);
    }),
    { numRuns: 2000 },
  );
});

test("an unknown time-up choice is reported by name", () => {
  const result = decodeSettings("?seed=abcd2345&n=5&m=8&t=45&d=3&auto=50&over=never", sections);
  expect(result).toEqual({ kind: "invalid", problems: ['over must be "lock" or "overtime"'] });
});

test("an unknown difficulty is reported, not used", () => {
  const result = decodeSettings("?seed=abcd2345&n=5&m=8&t=45&d=3&auto=50&over=lock&diff=advanced,expert", sections);
  expect(result).toEqual({ kind: "invalid", problems: ["the link names an unknown difficulty"] });
});
