import { expect, test } from "vitest";
import { csvField, reviewLogCsv } from "@/lib/progress/review-csv";
import { emptyProgress } from "@/lib/progress/schema";

test("the review log exports as fsrs-optimizer CSV, oldest first, without undone reviews", () => {
  const progress = {
    ...emptyProgress(),
    log: [
      { card: "timers#1", time: 2000, rating: 1, state: 2, duration: 9000 },
      { card: "timers", time: 1000, rating: 3, state: 0, duration: 30000 },
      { card: "timers", time: 1500, rating: 4, state: 1, undone: true as const },
      { card: "streams", time: 3000, rating: 2, state: 0 },
    ],
  };
  expect(reviewLogCsv(progress)).toBe(
    [
      "card_id,review_time,review_rating,review_state,review_duration",
      "timers,1000,3,0,30000",
      "timers#1,2000,1,2,9000",
      "streams,3000,2,0,0",
      "",
    ].join("\r\n"),
  );
});

test("a plain field and a number are written as they are", () => {
  expect([csvField("timers#1"), csvField(1000)]).toEqual(["timers#1", "1000"]);
});

test("a field with a comma is quoted", () => {
  expect(csvField("a,b")).toBe('"a,b"');
});

test("quotes inside a field are doubled and the field quoted", () => {
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
});

test("a line break stays inside the quoted field instead of splitting the row", () => {
  expect(csvField("a\nb")).toBe('"a\nb"');
});

test("a field starting with = gets a quote mark first, and is quoted for its own quotes and comma", () => {
  expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
});

test("fields starting with +, -, @ or a tab get a quote mark first", () => {
  expect(["+cmd", "-1", "@SUM(1)", "\tx"].map(csvField)).toEqual(["'+cmd", "'-1", "'@SUM(1)", "'\tx"]);
});

test("a field starting with a carriage return gets a quote mark and is quoted", () => {
  expect(csvField("\rx")).toBe(`"'\rx"`);
});

test("a hostile card id in the log stays in its own cell of its own row", () => {
  const progress = { ...emptyProgress(), log: [{ card: "+cmd|' /C calc'!A0,x", time: 1, rating: 3, state: 0 }] };
  expect(reviewLogCsv(progress).split("\r\n")[1]).toBe(`"'+cmd|' /C calc'!A0,x",1,3,0,0`);
});
