import fc from "fast-check";
import { expect, test } from "vitest";
import { chosenTrack, inTrack, parseTrackParam, tracksOf } from "@/lib/url/track-param";

const known = ["nodejs", "sql"];

test("no track parameter means every track", () => {
  expect(parseTrackParam("?q=a", known)).toEqual({ kind: "all" });
});

test("a known track is chosen", () => {
  expect(parseTrackParam("?track=sql&cram=1", known)).toEqual({ kind: "one", slug: "sql" });
});

test("an unknown track is named in the message", () => {
  expect(parseTrackParam("?track=nope", known)).toEqual({ kind: "invalid", message: 'There is no track "nope".' });
});

test("a track that is not a slug is named as malformed", () => {
  expect(parseTrackParam("?track=Node%20JS", known)).toEqual({
    kind: "invalid",
    message: 'The track "Node JS" is not a valid track name.',
  });
});

test("an empty track is malformed, not every track", () => {
  expect(parseTrackParam("?track=", known)).toEqual({
    kind: "invalid",
    message: 'The track "" is not a valid track name.',
  });
});

test("two track parameters are refused", () => {
  expect(parseTrackParam("?track=nodejs&track=sql", known)).toEqual({
    kind: "invalid",
    message: "That link names more than one track.",
  });
});

test("a hostile track value is echoed shortened, markup and all, as text", () => {
  expect(parseTrackParam(`?track=<script>${"x".repeat(5000)}`, known)).toEqual({
    kind: "invalid",
    message: `The track "<script>${"x".repeat(31)}…" is not a valid track name.`,
  });
});

test("a track with malformed percent-encoding is reported, not thrown", () => {
  expect(parseTrackParam("?track=%E0%A4%A", known)).toEqual({
    kind: "invalid",
    message: 'The track "\uFFFD%A" is not a valid track name.',
  });
});

test("random query strings never throw and choose only a known track", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.webQueryParameters(),
        fc.string().map((s) => `?track=${s}`),
      ),
      (query) => {
        const slug = chosenTrack(parseTrackParam(query, known));
        expect(slug === null || known.includes(slug)).toBe(true);
      },
    ),
    { numRuns: 1000 },
  );
});

test("an invalid track chooses every track", () => {
  expect(chosenTrack(parseTrackParam("?track=nope", known))).toBeNull();
});

test("items are kept by track, and null keeps them all", () => {
  const items = [
    { id: "a", track: "nodejs" },
    { id: "b", track: "sql" },
    { id: "c", track: "nodejs" },
  ];
  expect([inTrack(items, "nodejs").map((i) => i.id), inTrack(items, null).map((i) => i.id)]).toEqual([
    ["a", "c"],
    ["a", "b", "c"],
  ]);
});

test("the tracks named by items are listed once each, in first-seen order", () => {
  expect(tracksOf([{ track: "sql" }, { track: "nodejs" }, { track: "sql" }])).toEqual(["sql", "nodejs"]);
});
