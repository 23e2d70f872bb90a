import { expect, test } from "vitest";
import { defaultSiteUrl, parseSiteUrl } from "@/lib/site-url";

test("an unset SITE_URL gives the documented default", () => {
  expect(parseSiteUrl(undefined)).toBe(defaultSiteUrl);
});

test("an origin is kept without its trailing slash", () => {
  expect(parseSiteUrl("https://followup.example/")).toBe("https://followup.example");
});

test("a port is kept", () => {
  expect(parseSiteUrl("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
});

test("a relative value fails, naming SITE_URL", () => {
  expect(() => parseSiteUrl("followup.example")).toThrow(
    'SITE_URL must be the site\'s absolute http(s) origin, such as https://followup.example (it is not an absolute URL); got "followup.example".',
  );
});

test("a path fails", () => {
  expect(() => parseSiteUrl("https://followup.example/docs")).toThrow(/SITE_URL .*must not have a path/);
});

test("a query fails", () => {
  expect(() => parseSiteUrl("https://followup.example/?x=1")).toThrow(/SITE_URL .*must not have a path, query/);
});

test("another scheme fails", () => {
  expect(() => parseSiteUrl("ftp://followup.example")).toThrow(/SITE_URL .*only http and https work/);
});
