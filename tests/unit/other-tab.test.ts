import { expect, test } from "vitest";
import { describeOtherTabGrade, dueIn } from "@/lib/practice/other-tab";
import { gradeCard } from "@/lib/progress/scheduler";
import { emptyProgress } from "@/lib/progress/schema";

const now = new Date("2026-05-04T10:00:00Z");

test("a due date days away is given in whole days", () => {
  expect(dueIn("2026-05-07T10:00:00Z", now)).toBe("due in 3 days");
});

test("a due date within the hour is given in minutes", () => {
  expect(dueIn("2026-05-04T10:10:00Z", now)).toBe("due in 10 minutes");
});

test("a due date in the past is due now", () => {
  expect(dueIn("2026-05-04T09:00:00Z", now)).toBe("due now");
});

test("the notice names the grade and when the card comes back", () => {
  const card = gradeCard(emptyProgress(), "a", "again", now).progress.cards.a!;
  expect(describeOtherTabGrade(card, now)).toBe(`Graded in another tab: Again, ${dueIn(card.due, now)}.`);
  expect(dueIn(card.due, now)).toMatch(/^due in \d+ minutes?$/);
});
