import { expect, test } from "vitest";
import { isCurrentLink } from "@/components/layout/nav-menu.client";

test("a nav link is current on its own page, with or without a trailing slash", () => {
  expect([isCurrentLink("/plan", "/plan"), isCurrentLink("/plan", "/plan/")]).toEqual([true, true]);
});

test("a nav link is current on a page below it, not on one that merely starts with its letters", () => {
  expect([isCurrentLink("/mock", "/mock/report"), isCurrentLink("/practice", "/practiced")]).toEqual([true, false]);
});
