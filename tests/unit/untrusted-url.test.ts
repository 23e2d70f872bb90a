import { expect, test } from "vitest";
import { decodeFragment, readQuery, shortenForDisplay } from "@/lib/url/untrusted";

test("a percent-encoded fragment is decoded without its #", () => {
  expect(decodeFragment("#caf%C3%A9")).toBe("café");
});

test("a lone % in the fragment gives null instead of throwing", () => {
  expect(decodeFragment("#%")).toBeNull();
});

test("a truncated UTF-8 sequence in the fragment gives null instead of throwing", () => {
  expect(decodeFragment("#%E0%A4%A")).toBeNull();
});

test("an empty fragment names nothing", () => {
  expect(decodeFragment("")).toBeNull();
  expect(decodeFragment("#")).toBeNull();
});

test("a query with malformed percent-encoding is still read, never thrown on", () => {
  expect(readQuery("?q=%E0%A4%A&x=%")?.get("x")).toBe("%");
});

test("a value within the limit is shown as it is", () => {
  expect(shortenForDisplay("x".repeat(40))).toBe("x".repeat(40));
});

test("a longer value is cut to 40 characters ending in an ellipsis", () => {
  expect(shortenForDisplay("x".repeat(5000))).toBe(`${"x".repeat(39)}…`);
});

test("shortening never splits a character outside the basic plane", () => {
  expect(shortenForDisplay("😀".repeat(50))).toBe(`${"😀".repeat(39)}…`);
});
