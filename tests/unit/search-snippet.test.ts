import { expect, test } from "vitest";
import { highlight, snippetFor } from "@/lib/search/snippet";

const doc = {
  summary: "How the event loop orders timers and I/O callbacks.",
  followUps: "What does setImmediate do? \nWhy can a promise starve the loop? \nWhen is process.nextTick run?",
};

test("highlight marks each word that starts with a matched term", () => {
  expect(highlight("The event loop and event-emitters", ["event"])).toEqual([
    { text: "The ", hit: false },
    { text: "event", hit: true },
    { text: " loop and ", hit: false },
    { text: "event-emitters", hit: true },
  ]);
});

test("highlight ignores case", () => {
  expect(highlight("Buffer basics", ["buffer"])).toEqual([
    { text: "Buffer", hit: true },
    { text: " basics", hit: false },
  ]);
});

test("highlight only matches at the start of a word", () => {
  expect(highlight("unbuffered", ["buffer"])).toEqual([{ text: "unbuffered", hit: false }]);
});

test("highlight skips one-letter terms", () => {
  expect(highlight("a stream", ["a"])).toEqual([{ text: "a stream", hit: false }]);
});

test("regular-expression characters in a term are matched literally", () => {
  expect(highlight("c++ and c", ["c++"]).filter((p) => p.hit)).toEqual([{ text: "c++", hit: true }]);
  expect(() => highlight("text", ["(", "[a-"])).not.toThrow();
});

test("a hit only in the follow-ups shows the follow-up that matched", () => {
  expect(snippetFor(doc, new Set(["followUps"]), ["starve"])).toEqual({
    text: "Why can a promise starve the loop?",
    where: "in a follow-up",
  });
});

test("a follow-up hit with no matching line falls back to the first follow-up", () => {
  expect(snippetFor(doc, new Set(["followUps"]), ["zzz"])).toEqual({
    text: "What does setImmediate do?",
    where: "in a follow-up",
  });
});

test("a hit only in the answer body shows the summary and says where", () => {
  expect(snippetFor(doc, new Set(["body"]), ["loop"])).toEqual({ text: doc.summary, where: "in the answer" });
});

test("a hit in the summary shows the summary with no note", () => {
  expect(snippetFor(doc, new Set(["summary", "followUps"]), ["loop"])).toEqual({ text: doc.summary, where: "" });
});
