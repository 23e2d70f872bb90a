import { expect, test } from "vitest";
import {
  catalogPageCount,
  catalogPath,
  maxPageWeight,
  maxQuestionsPerPage,
  offsetOfPage,
  pageCount,
  pageOf,
  questionsOnPage,
} from "@/lib/content/pages";
import { sectionPath } from "@/lib/site";

const light = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, code: "x".repeat(100) }));

test("a light section of up to 25 questions has exactly one page", () => {
  expect([pageCount([]), pageCount(light(1)), pageCount(light(maxQuestionsPerPage))]).toEqual([1, 1, 1]);
});

test("250 light questions split into pages of at most 25", () => {
  const all = light(250);
  expect(pageCount(all)).toBe(10);
  expect(questionsOnPage(all, 10)).toEqual(all.slice(225));
  expect(offsetOfPage(all, 3)).toBe(50);
});

test("heavy questions start a new page before the page passes its weight budget", () => {
  const heavy = Array.from({ length: 5 }, (_, i) => ({ id: i, code: "x".repeat(maxPageWeight / 2 - 1) }));
  expect(pageCount(heavy)).toBe(3);
  expect(questionsOnPage(heavy, 1).map((q) => q.id)).toEqual([0, 1]);
  expect(questionsOnPage(heavy, 3).map((q) => q.id)).toEqual([4]);
});

test("a single question heavier than the budget still gets a page of its own", () => {
  const huge = [{ code: "x".repeat(maxPageWeight * 2) }, { code: "y" }];
  expect(questionsOnPage(huge, 1)).toEqual([huge[0]]);
  expect(questionsOnPage(huge, 2)).toEqual([huge[1]]);
});

test("a question's page follows the split, and page 1 keeps the plain section URL", () => {
  const all = light(30);
  expect([pageOf(all, all[0]!), pageOf(all, all[24]!), pageOf(all, all[25]!)]).toEqual([1, 1, 2]);
  expect(sectionPath("nodejs", "runtime", 1)).toBe("/nodejs/runtime");
  expect(sectionPath("nodejs", "runtime", 3)).toBe("/nodejs/runtime/page/3");
});

test("the all-questions list keeps 100 a page, and page 1 keeps the plain URL", () => {
  expect([catalogPageCount(0), catalogPageCount(100), catalogPageCount(101), catalogPageCount(2000)]).toEqual([
    1, 1, 2, 20,
  ]);
  expect([catalogPath(1), catalogPath(2)]).toEqual(["/questions", "/questions/page/2"]);
});
