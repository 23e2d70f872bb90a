import { expect, test } from "vitest";
import { flaggedIds, gradeLabel, reportIdOf, reportPath, weakSectionsOf } from "@/lib/mock/report";

const q = (id: string, section: string, extra: object = {}) => ({
  id,
  section,
  grade: null,
  saidRedFlag: null,
  outcome: "answered" as const,
  ...extra,
});

test("again, hard, a red flag, a skip and a time-out flag a question; good and easy do not", () => {
  const questions = [
    q("a", "s1", { grade: "again" }),
    q("b", "s1", { grade: "good" }),
    q("c", "s2", { grade: "hard" }),
    q("d", "s3", { saidRedFlag: true, grade: "easy" }),
    q("e", "s4", { outcome: "skipped" }),
    q("f", "s5", { outcome: "timed-out" }),
    q("g", "s6", { grade: "easy" }),
  ];
  expect(flaggedIds(questions)).toEqual(["a", "c", "d", "e", "f"]);
});

test("weak sections are listed once each, in interview order", () => {
  const questions = [
    q("a", "s2", { grade: "again" }),
    q("b", "s1", { grade: "hard" }),
    q("c", "s2", { grade: "hard" }),
  ];
  expect(weakSectionsOf(questions)).toEqual(["s2", "s1"]);
});

test("a report's address names its start time and reads back", () => {
  const path = reportPath("2026-05-04T10:00:00.000Z");
  expect(path).toBe("/mock?report=2026-05-04T10%3A00%3A00.000Z");
  expect(reportIdOf(path.slice("/mock".length))).toBe("2026-05-04T10:00:00.000Z");
});

test("a URL without a report names none", () => {
  expect(reportIdOf("?seed=abcd")).toBeNull();
});

test("grades read capitalised, and an ungraded answer says so", () => {
  expect(gradeLabel("hard")).toBe("Hard");
  expect(gradeLabel(null)).toBe("Not graded");
});
