import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

const out = path.join(process.cwd(), "out");

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]),
    ),
  );
  return nested.flat().filter((f) => f.endsWith(".html"));
}

function routeOf(file: string): string {
  const rel = path
    .relative(out, file)
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "");
  return `/${rel}`;
}

test("every internal link and #anchor in the built site resolves", async () => {
  const files = await htmlFiles(out);
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
      if (!page) broken.push(`${route} -> ${href} (no page)`);
      else if (anchor && !ids(page).has(anchor)) broken.push(`${route} -> ${href} (no #${anchor})`);
    }
  }
  expect(files.length).toBeGreaterThan(3);
  expect(broken).toEqual([]);
});
