import { expect, test } from "vitest";
import { suggestGrade } from "@/lib/voice/suggest-grade";

test("every point covered suggests Good", () => {
  expect(suggestGrade(3, 3, false)).toEqual({ rating: "good", reason: "3 of 3 points covered, no red flag" });
});

test("half the points suggests Hard", () => {
  expect(suggestGrade(2, 4, null)?.rating).toBe("hard");
});

test("fewer than half suggests Again", () => {
  expect(suggestGrade(1, 3, null)?.rating).toBe("again");
});

test("saying the red flag suggests Again whatever was covered", () => {
  expect(suggestGrade(3, 3, true)).toEqual({ rating: "again", reason: "3 of 3 points covered, the red flag said" });
});

test("nothing is suggested before any tick or answer", () => {
  expect(suggestGrade(0, 3, null)).toBeNull();
});

test("a question without a checklist is suggested Good once the red flag is denied", () => {
  expect(suggestGrade(0, 0, false)).toEqual({ rating: "good", reason: "no red flag" });
});
