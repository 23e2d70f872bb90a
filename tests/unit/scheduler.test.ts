import { expect, test } from "vitest";
import { dueByDay, isDue, localTime, weekdayOf } from "@/lib/progress/calendar";
import { reviewsByDay } from "@/lib/progress/streaks";
import { gradeCard, undoGrade } from "@/lib/progress/scheduler";
import { decodeProgress } from "@/lib/progress/record";
import { emptyProgress } from "@/lib/progress/schema";

const start = new Date("2026-05-04T10:00:00.000Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

test("a first 'good' makes the card due again in ten minutes", () => {
  const { progress } = gradeCard(emptyProgress(), "q", "good", start);
  expect(progress.cards["q"]?.due).toBe(minutes(10).toISOString());
});

test("'again' is due sooner than 'good', which is sooner than 'easy'", () => {
  const due = (rating: "again" | "good" | "easy") =>
    Date.parse(gradeCard(emptyProgress(), "q", rating, start).progress.cards["q"]!.due);
  expect(due("again")).toBeLessThan(due("good"));
  expect(due("good")).toBeLessThan(due("easy"));
});

test("a second 'good' after the learning step pushes the card out by days", () => {
  const first = gradeCard(emptyProgress(), "q", "good", start).progress;
  const second = gradeCard(first, "q", "good", minutes(10)).progress;
  expect(Date.parse(second.cards["q"]!.due) - minutes(10).getTime()).toBeGreaterThanOrEqual(86_400_000);
});

test("undo restores the card's schedule, stamped with the time of the undo", () => {
  const first = gradeCard(emptyProgress(), "q", "good", start).progress;
  const { progress, undo } = gradeCard(first, "q", "again", minutes(10));
  const undone = undoGrade(progress, undo, minutes(11));
  expect(undone.cards["q"]).toEqual({ ...first.cards["q"], updatedAt: minutes(11).toISOString() });
});

test("undo keeps the review in the log, marked undone, so it no longer counts", () => {
  const { progress, undo } = gradeCard(emptyProgress(), "q", "hard", start);
  const undone = undoGrade(progress, undo, minutes(1));
  expect(undone.log).toEqual([{ card: "q", time: start.getTime(), rating: 2, state: 0, undone: true }]);
  expect(reviewsByDay(undone, 4)).toEqual({});
});

test("undo of a card's first grade removes it with a dated tombstone", () => {
  const { progress, undo } = gradeCard(emptyProgress(), "q", "hard", start);
  const undone = undoGrade(progress, undo, minutes(1));
  expect([undone.cards["q"], undone.removed["q"]]).toEqual([undefined, minutes(1).toISOString()]);
});

test("undo leaves a card alone that was graded again since", () => {
  const first = gradeCard(emptyProgress(), "q", "good", start);
  const again = gradeCard(first.progress, "q", "easy", minutes(10)).progress;
  expect(undoGrade(again, first.undo, minutes(11))).toBe(again);
});

test("a grade writes a review in the fsrs-optimizer fields", () => {
  const first = gradeCard(emptyProgress(), "q", "good", start).progress;
  const second = gradeCard(first, "q", "easy", minutes(10)).progress;
  expect(second.log).toEqual([
    { card: "q", time: start.getTime(), rating: 3, state: 0 },
    { card: "q", time: minutes(10).getTime(), rating: 4, state: 1 },
  ]);
});

test("stored cards survive a JSON round trip with their dates intact", () => {
  const { progress } = gradeCard(emptyProgress(), "q", "good", start);
  const decoded = decodeProgress(JSON.parse(JSON.stringify(progress)));
  const roundTrip = decoded.kind === "ok" ? decoded.value : emptyProgress();
  expect(roundTrip).toEqual(progress);
  expect(new Date(roundTrip.cards["q"]!.due).getTime()).toBe(minutes(10).getTime());
});

test("isDue compares the due date with now", () => {
  const { progress } = gradeCard(emptyProgress(), "q", "good", start);
  expect(isDue(progress.cards["q"], minutes(9))).toBe(false);
  expect(isDue(progress.cards["q"], minutes(10))).toBe(true);
});

test("dueByDay puts a card due in ten minutes in today's bucket", () => {
  const { progress } = gradeCard(emptyProgress(), "q", "good", start);
  const days = dueByDay(progress, start);
  expect(days).toHaveLength(7);
  expect(days.reduce((n, d) => n + d.count, 0)).toBe(1);
});

test("weekdayOf names the local weekday of a calendar day", () => {
  expect(["2026-11-23", "2026-11-28", "2026-11-29"].map(weekdayOf)).toEqual(["Mon", "Sat", "Sun"]);
});

test("localTime writes a local time of day as zero-padded 24-hour HH:MM", () => {
  expect([new Date(2026, 10, 25, 7, 5), new Date(2026, 10, 25, 21, 44)].map(localTime)).toEqual(["07:05", "21:44"]);
});
