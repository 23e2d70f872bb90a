import { expect, test } from "vitest";
import { pageCount, pageOfIndex, questionsOnPage, questionsPerPage } from "@/lib/content/pages";
import { sectionPath } from "@/lib/site";

test("a section with no more than one page of questions has exactly one page", () => {
  expect([pageCount(0), pageCount(1), pageCount(questionsPerPage)]).toEqual([1, 1, 1]);
});

test("250 questions split into pages of at most 25", () => {
  expect(pageCount(250)).toBe(10);
  const all = Array.from({ length: 250 }, (_, i) => i);
  expect(questionsOnPage(all, 10)).toEqual(all.slice(225));
});

test("a question's page follows its position, and page 1 keeps the plain section URL", () => {
  expect([pageOfIndex(0), pageOfIndex(24), pageOfIndex(25)]).toEqual([1, 1, 2]);
  expect(sectionPath("nodejs", "runtime", 1)).toBe("/nodejs/runtime");
  expect(sectionPath("nodejs", "runtime", 3)).toBe("/nodejs/runtime/page/3");
});
