import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { exportDir, serveExport } from "./export";

const get = serveExport();

test("a diagram opened directly is sandboxed and may run no script", async () => {
  const html = (await get("/nodejs/runtime")).body.toString("utf8");
  const src = html.match(/<img [^>]*class="[^"]*diagram-light[^"]*"[^>]*>/)?.[0].match(/\ssrc="([^"]+)"/)?.[1];
  expect(src).toMatch(/\.svg$/);
  const response = await get(src!);
  expect(response.status).toBe(200);
  expect(response.headers["content-security-policy"]).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
  );
});

test("every response carries COOP and CORP same-origin", async () => {
  const responses = await Promise.all(["/", "/search-index/head.json", "/q/missing-page"].map((p) => get(p)));
  for (const response of responses) {
    expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(response.headers["cross-origin-resource-policy"]).toBe("same-origin");
  }
});

test("host config files written by the build are never served", async () => {
  const statuses = await Promise.all(
    ["/csp.json", "/_headers", "/nginx-headers.conf"].map(async (p) => (await get(p)).status),
  );
  expect(statuses).toEqual([404, 404, 404]);
});

test("the static-host header files sandbox diagrams and let no other non-page file run anything", () => {
  const netlify = readFileSync(path.join(exportDir, "_headers"), "utf8");
  expect(netlify).toMatch(/^\/diagrams\/\*\n {2}Content-Security-Policy: default-src 'none';[^\n]*; sandbox$/m);
  expect(netlify).toMatch(
    /^\/_next\/static\/\*\n {2}Content-Security-Policy: default-src 'none'; frame-ancestors 'none'$/m,
  );
  const nginx = readFileSync(path.join(exportDir, "nginx-headers.conf"), "utf8");
  expect(nginx).toMatch(
    /location \^~ \/diagrams\/ \{\n {2}add_header Content-Security-Policy "default-src 'none';[^"]*; sandbox" always;/,
  );
});
