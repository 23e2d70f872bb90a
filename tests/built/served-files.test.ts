import { expect, test } from "vitest";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serveExport } from "./export";

const get = serveExport();
const json = async (target: string) => JSON.parse((await get(target)).body.toString("utf8"));

// hands-on-intermediate is the heaviest section: its answers carry the most code, so it spans pages.
const section = "/nodejs/hands-on-intermediate";

test("npm start's server compresses text with brotli or gzip and says it varies", async () => {
  const decode = { br: brotliDecompressSync, gzip: gunzipSync };
  for (const [accept, encoding] of [
    ["br, gzip", "br"],
    ["gzip", "gzip"],
  ] as const) {
    const response = await get(section, { "Accept-Encoding": accept });
    expect(response.headers["content-encoding"]).toBe(encoding);
    expect(response.headers["vary"]).toBe("Accept-Encoding");
    expect(decode[encoding](response.body).toString("utf8")).toContain("<!DOCTYPE html>");
  }
  const plain = await get(section, { "Accept-Encoding": "identity" });
  expect(plain.headers["content-encoding"]).toBeUndefined();
});

test("the sitemap lists both tracks' landing, section and question pages", async () => {
  const sitemap = (await get("/sitemap.xml")).body.toString("utf8");
  for (const path of [
    "/nodejs",
    "/nodejs/runtime",
    "/q/event-loop-phases",
    "/sql",
    "/sql/querying",
    "/q/sql-lost-update",
  ]) {
    expect(sitemap).toContain(`${path}</loc>`);
  }
});

test("deck, catalog and search documents cover every track and name each entry's track", async () => {
  const deck = await json("/practice/deck.json");
  expect(deck.tracks.map((t: { slug: string }) => t.slug)).toEqual(["nodejs", "system-design", "sql", "imported"]);
  expect(deck.questions.find((q: { id: string }) => q.id === "sql-lost-update").track).toBe("sql");
  const catalog = await json("/questions/catalog.json");
  expect(catalog.find((q: { id: string }) => q.id === "event-loop-phases").track).toBe("nodejs");
  expect(catalog.filter((q: { track: string }) => q.track === "sql")).toHaveLength(8);
  const card = await get("/practice/cards/sql-acid-atomicity.json");
  expect(card.status).toBe(200);
  const head = await json("/search-index/head.json");
  const [, , sectionIndex] = head.docs.find(([, title]: [string, string]) => title.includes("lose an update"));
  expect(head.tracks[head.sections[sectionIndex][2]]).toBe("sql");
});
