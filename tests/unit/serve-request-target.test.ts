import { expect, it } from "vitest";
import { routeOfTarget } from "@/lib/tooling/serve/request-target";

it("decodes a plain path", () => {
  expect(routeOfTarget("/q/event-loop-phases")).toBe("/q/event-loop-phases");
});

it("ignores the query", () => {
  expect(routeOfTarget("/questions?section=runtime")).toBe("/questions");
});

it("decodes percent-escapes", () => {
  expect(routeOfTarget("/caf%C3%A9")).toBe("/café");
});

it("takes the path of an absolute-form target", () => {
  expect(routeOfTarget("http://localhost:3000/q/x?y=1")).toBe("/q/x");
});

it.each([
  "//[",
  "http://[/",
  "/\\",
  "/%",
  "/%zz",
  "/%E0%A4%A",
  "*",
  "q/x",
  "/a b",
  "/%2e%2e/secret",
  "/a/../b",
  "/%2F",
  "/%00",
])("refuses %j", (target) => {
  expect(routeOfTarget(target)).toBeNull();
});
