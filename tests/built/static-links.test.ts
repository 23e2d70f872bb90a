import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { htmlFilesIn, routeOfFile } from "@/lib/site-routes";
import { exportDir as out } from "./export";

const routeOf = (file: string) => routeOfFile(path.relative(out, file));

test("every internal link and #anchor in the built site resolves", async () => {
  const files = await htmlFilesIn(out);
  const pages = new Map<string, string>();
  for (const file of files) pages.set(routeOf(file), await readFile(file, "utf8"));
  const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken: string[] = [];
  for (const [route, html] of pages) {
    if (route === "/404" || route === "/_not-found") continue;
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:)/.test(href)) continue;
      const [withQuery, anchor] = href.split("#");
      // A query (/practice?q=…) is read by the page's script; the page itself must exist.
      const target = withQuery!.split("?")[0]!;
      const targetRoute = target === "" ? route : target.replace(/\/$/, "") || "/";
      const page = pages.get(targetRoute);
      // A diagram links to its own SVG file, which is no page but must be there.
      if (!page && !anchor && /\.svg$/.test(target) && existsSync(path.join(out, target))) continue;
      if (!page) broken.push(`${route} -> ${href} (no page)`);
      else if (anchor && !ids(page).has(anchor)) broken.push(`${route} -> ${href} (no #${anchor})`);
    }
  }
  expect(files.length).toBeGreaterThan(3);
  expect(broken).toEqual([]);
});
