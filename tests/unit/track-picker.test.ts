import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { TrackPicker } from "@/components/track/track-picker";

const render = (tracks: { slug: string; title: string }[]) =>
  renderToStaticMarkup(createElement(TrackPicker, { tracks, path: "/practice" }));

test("with one track the picker draws nothing", () => {
  expect(render([{ slug: "nodejs", title: "Node.js" }])).toBe("");
});

test("with two tracks the picker links to all tracks and to each one", () => {
  const html = render([
    { slug: "nodejs", title: "Node.js" },
    { slug: "sql", title: "SQL" },
  ]);
  expect([...html.matchAll(/href="([^"]*)"[^>]*>([^<]*)</g)].map(([, href, text]) => `${href} ${text}`)).toEqual([
    "/practice All tracks",
    "/practice?track=nodejs Node.js",
    "/practice?track=sql SQL",
  ]);
});
