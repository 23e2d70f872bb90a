import { expect, test } from "vitest";
import { parseFenceMeta } from "@/lib/mdx/fence-meta";

test("run, cjs and unordered are flags", () => {
  expect(parseFenceMeta("run cjs unordered")).toMatchObject({ run: true, cjs: true, unordered: true, unknown: [] });
});

test("title and alt take quoted values with spaces", () => {
  expect(parseFenceMeta('title="server.js" alt="Two boxes, one arrow"')).toMatchObject({
    title: "server.js",
    alt: "Two boxes, one arrow",
  });
});

test("an unknown option is kept so the loader can report it", () => {
  expect(parseFenceMeta("run exec").unknown).toEqual(["exec"]);
});

test("an empty meta means a plain fence", () => {
  expect(parseFenceMeta(undefined)).toEqual({ run: false, cjs: false, unordered: false, unknown: [] });
});
