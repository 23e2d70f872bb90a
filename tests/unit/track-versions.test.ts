import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { TrackVersions } from "@/components/track/track-versions";
import { trackSchema } from "@/lib/content/schema";

const manifest = (extra: object) => ({
  slug: "go",
  title: "Go services",
  summary: "Goroutines, channels and the standard library's HTTP server.",
  sections: [{ slug: "basics", title: "Basics", summary: "The language's building blocks." }],
  tags: [{ slug: "channels", title: "Channels", description: "Passing values between goroutines." }],
  ...extra,
});

test("a track may state the versions its answers are written for", () => {
  const parsed = trackSchema.parse(manifest({ versions: "Go answers are written for Go 1.24." }));
  expect(parsed.versions).toBe("Go answers are written for Go 1.24.");
});

test("a track need not state versions", () => {
  expect(trackSchema.parse(manifest({})).versions).toBeUndefined();
});

test("a versions line too short to be a sentence is rejected at its field", () => {
  const result = trackSchema.safeParse(manifest({ versions: "1.24" }));
  expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
    ["versions", "Too small: expected string to have >=10 characters"],
  ]);
});

test("a track's versions line is shown on its pages", () => {
  expect(
    renderToStaticMarkup(createElement(TrackVersions, { track: { versions: "Go answers are written for Go 1.24." } })),
  ).toBe('<p class="track-versions">Go answers are written for Go 1.24.</p>');
});

test("a track without versions shows no runtime line", () => {
  expect(renderToStaticMarkup(createElement(TrackVersions, { track: {} }))).toBe("");
});

test("the Node.js track states its runtime, and the site footer no longer does", () => {
  expect(JSON.parse(readFileSync("content/nodejs/track.json", "utf8")).versions).toBe(
    "Node.js answers are written for Node.js 22 and 24 LTS.",
  );
  expect(readFileSync("app/layout.tsx", "utf8")).not.toContain("Node.js 22");
});
