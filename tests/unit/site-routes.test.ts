import { describe, expect, it } from "vitest";
import { filesForRoute, routeOfFile } from "@/lib/site-routes";

describe("routeOfFile", () => {
  it("serves index.html at the root", () => {
    expect(routeOfFile("index.html")).toBe("/");
  });

  it("drops the .html of a page", () => {
    expect(routeOfFile("q/event-loop-phases.html")).toBe("/q/event-loop-phases");
  });

  it("serves a folder's index.html at the folder", () => {
    expect(routeOfFile("nodejs/index.html")).toBe("/nodejs");
  });

  it("keeps the path of a file that is not a page", () => {
    expect(routeOfFile("diagrams/abc-light.svg")).toBe("/diagrams/abc-light.svg");
  });

  it("accepts Windows separators", () => {
    expect(routeOfFile("q\\x.html")).toBe("/q/x");
  });

  it("does not treat a name ending in index as a folder index", () => {
    expect(routeOfFile("reindex.html")).toBe("/reindex");
  });
});

describe("filesForRoute", () => {
  it("answers the root with index.html", () => {
    expect(filesForRoute("/")).toEqual(["index.html"]);
  });

  it("tries the exact file, then .html, then the folder index", () => {
    expect(filesForRoute("/q/x")).toEqual(["q/x", "q/x.html", "q/x/index.html"]);
  });

  it("ignores one trailing slash", () => {
    expect(filesForRoute("/nodejs/")).toEqual(["nodejs", "nodejs.html", "nodejs/index.html"]);
  });

  it("names no file for a parent segment", () => {
    expect(filesForRoute("/a/../../secret")).toEqual([]);
  });

  it("names no file for an empty segment", () => {
    expect(filesForRoute("//etc/passwd")).toEqual([]);
  });

  it("names no file for a route without a leading slash", () => {
    expect(filesForRoute("index")).toEqual([]);
  });

  it("is the inverse of routeOfFile for pages", () => {
    for (const file of ["index.html", "q/x.html", "nodejs/index.html", "favicon.ico"]) {
      expect(filesForRoute(routeOfFile(file))).toContain(file);
    }
  });
});
