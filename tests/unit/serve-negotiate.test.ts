import { describe, expect, it } from "vitest";
import { chooseEncoding, matchesIfNoneMatch, parseRange, type Encoding } from "@/lib/tooling/serve/negotiate";

const both = new Set<Encoding>(["br", "gzip"]);

describe("chooseEncoding", () => {
  it("prefers brotli when both are accepted equally", () => {
    expect(chooseEncoding("gzip, deflate, br", both)).toBe("br");
  });

  it("follows the client's higher weight", () => {
    expect(chooseEncoding("br;q=0.5, gzip;q=0.9", both)).toBe("gzip");
  });

  it("never sends a coding the client refuses with q=0", () => {
    expect(chooseEncoding("br;q=0", new Set<Encoding>(["br"]))).toBeNull();
  });

  it("does not match br inside another token", () => {
    expect(chooseEncoding("xbrx", both)).toBeNull();
  });

  it("treats * as accepting any stored coding", () => {
    expect(chooseEncoding("*", both)).toBe("br");
  });

  it("only offers copies that exist", () => {
    expect(chooseEncoding("br, gzip", new Set<Encoding>(["gzip"]))).toBe("gzip");
  });
});

describe("parseRange", () => {
  it("reads a closed range", () => {
    expect(parseRange("bytes=0-4", 10)).toEqual({ kind: "part", start: 0, end: 4 });
  });

  it("clamps an end past the file", () => {
    expect(parseRange("bytes=5-99", 10)).toEqual({ kind: "part", start: 5, end: 9 });
  });

  it("reads a suffix range", () => {
    expect(parseRange("bytes=-3", 10)).toEqual({ kind: "part", start: 7, end: 9 });
  });

  it("calls a start past the end unsatisfiable", () => {
    expect(parseRange("bytes=10-", 10)).toEqual({ kind: "unsatisfiable" });
  });

  it("answers several ranges with the whole file", () => {
    expect(parseRange("bytes=0-1,4-5", 10)).toEqual({ kind: "whole" });
  });

  it("answers a backwards range with the whole file", () => {
    expect(parseRange("bytes=5-2", 10)).toEqual({ kind: "whole" });
  });

  it("answers another unit with the whole file", () => {
    expect(parseRange("items=0-1", 10)).toEqual({ kind: "whole" });
  });
});

describe("matchesIfNoneMatch", () => {
  it("matches a listed tag", () => {
    expect(matchesIfNoneMatch('"a", "b"', '"b"')).toBe(true);
  });

  it("matches a weak copy of the tag", () => {
    expect(matchesIfNoneMatch('W/"b"', '"b"')).toBe(true);
  });

  it("matches *", () => {
    expect(matchesIfNoneMatch("*", '"b"')).toBe(true);
  });

  it("does not match another tag", () => {
    expect(matchesIfNoneMatch('"a"', '"b"')).toBe(false);
  });
});
