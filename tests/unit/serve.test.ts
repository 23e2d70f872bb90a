import { symlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "@/lib/tooling/serve/create-server";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { get, makeFixture, pageHtml, startServer } from "./serve-fixture";

let port = 0;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ port, close } = await startServer(await makeFixture()));
});
afterAll(() => close());

describe("static server", () => {
  it("answers If-None-Match with the current ETag with 304", async () => {
    const first = await get(port, "/");
    const again = await get(port, "/", { "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
  });

  it("sends a strong ETag", async () => {
    const { headers } = await get(port, "/");
    expect(headers.etag).toMatch(/^"[\w-]+"$/);
  });

  it("answers a byte range with 206 and those bytes", async () => {
    const reply = await get(port, "/data.txt", { range: "bytes=2-4" });
    expect([reply.status, reply.body.toString(), reply.headers["content-range"]]).toEqual([206, "234", "bytes 2-4/10"]);
  });

  it("answers a suffix range with the last bytes", async () => {
    const reply = await get(port, "/data.txt", { range: "bytes=-3" });
    expect(reply.body.toString()).toBe("789");
  });

  it("sends the whole file when If-Range names an older version", async () => {
    const reply = await get(port, "/data.txt", { range: "bytes=2-4", "if-range": '"old"' });
    expect([reply.status, reply.body.toString()]).toEqual([200, "0123456789"]);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const reply = await get(port, "/data.txt", {}, "HEAD");
    expect([reply.status, reply.headers["content-length"], reply.body.length]).toEqual([200, "10", 0]);
  });

  it("answers a range past the end with 416", async () => {
    const reply = await get(port, "/data.txt", { range: "bytes=50-" });
    expect(reply.status).toBe(416);
  });

  it("sends the brotli copy when brotli is accepted", async () => {
    const reply = await get(port, "/", { "accept-encoding": "gzip, br" });
    expect([reply.headers["content-encoding"], brotliDecompressSync(reply.body).toString()]).toEqual(["br", pageHtml]);
  });

  it("falls back to the gzip copy when only gzip is accepted", async () => {
    const reply = await get(port, "/", { "accept-encoding": "gzip" });
    expect([reply.headers["content-encoding"], gunzipSync(reply.body).toString()]).toEqual(["gzip", pageHtml]);
  });

  it("does not send brotli when the client gives it weight 0", async () => {
    const reply = await get(port, "/", { "accept-encoding": "br;q=0, gzip" });
    expect(reply.headers["content-encoding"]).toBe("gzip");
  });

  it("sends the plain file without Accept-Encoding", async () => {
    const reply = await get(port, "/");
    expect([reply.headers["content-encoding"], reply.body.toString()]).toEqual([undefined, pageHtml]);
  });

  it("marks compressible responses Vary: Accept-Encoding", async () => {
    const { headers } = await get(port, "/");
    expect(headers.vary).toBe("Accept-Encoding");
  });

  it("gives each page its own CSP from csp.json", async () => {
    const [home, x] = await Promise.all([get(port, "/"), get(port, "/q/x")]);
    expect([home.headers["content-security-policy"], x.headers["content-security-policy"]]).toEqual([
      "policy-home",
      "policy-x",
    ]);
  });

  it("serves SVG under a sandboxed policy that allows no script", async () => {
    const { headers } = await get(port, "/diagrams/0a9d-light.svg");
    expect(headers["content-security-policy"]).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
    );
  });

  it("serves other non-HTML files under default-src 'none'", async () => {
    const { headers } = await get(port, "/data.txt");
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("serves the service worker under a policy that lets it fetch from this origin only", async () => {
    const { headers } = await get(port, "/sw.js");
    expect(headers["content-security-policy"]).toBe("default-src 'none'; connect-src 'self'; frame-ancestors 'none'");
  });

  it("sends COOP and CORP same-origin", async () => {
    const { headers } = await get(port, "/data.txt");
    expect([headers["cross-origin-opener-policy"], headers["cross-origin-resource-policy"]]).toEqual([
      "same-origin",
      "same-origin",
    ]);
  });

  it("answers a target that does not parse with 400", async () => {
    const reply = await get(port, "//[");
    expect(reply.status).toBe(400);
  });

  it("answers bad percent-encoding with 400", async () => {
    const reply = await get(port, "/%E0%A4%A");
    expect(reply.status).toBe(400);
  });

  it("answers a method other than GET and HEAD with 405", async () => {
    const reply = await get(port, "/", {}, "POST");
    expect([reply.status, reply.headers.allow]).toEqual([405, "GET, HEAD"]);
  });

  it("answers an unknown path with the 404 page and status 404", async () => {
    const reply = await get(port, "/no-such-page");
    expect([reply.status, reply.body.toString(), reply.headers["content-security-policy"]]).toEqual([
      404,
      "<!doctype html><title>not found</title>",
      "policy-404",
    ]);
  });

  it("serves clean URLs from <path>.html and <path>/index.html", async () => {
    const [page, section] = await Promise.all([get(port, "/q/x"), get(port, "/nodejs")]);
    expect([page.status, section.body.toString()]).toEqual([200, "<!doctype html><title>section</title>"]);
  });

  it("answers a symlink that leaves the root with 404", async () => {
    const reply = await get(port, "/leak.txt");
    expect(reply.status).toBe(404);
  });

  it("answers a file inside a symlinked folder outside the root with 404", async () => {
    const reply = await get(port, "/leakdir/secret.txt");
    expect(reply.status).toBe(404);
  });

  it("serves a symlink that stays inside the root", async () => {
    const reply = await get(port, "/inside-link.txt");
    expect(reply.body.toString()).toBe("0123456789");
  });

  it("never picks a precompressed copy that links out of the root", async () => {
    const reply = await get(port, "/about", { "accept-encoding": "br" });
    expect([reply.headers["content-encoding"], reply.body.toString()]).toEqual([
      undefined,
      "<!doctype html><title>about</title>",
    ]);
  });

  it.each(["/csp.json", "/_headers", "/nginx-headers.conf"])("does not serve the host config file %s", async (file) => {
    const reply = await get(port, file);
    expect(reply.status).toBe(404);
  });

  it("does not serve a precompressed copy at its own path", async () => {
    const reply = await get(port, "/index.html.br");
    expect(reply.status).toBe(404);
  });

  it("caches Next's hashed assets as immutable", async () => {
    const { headers } = await get(port, "/_next/static/chunks/app-1234.js");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("caches hash-named diagrams as immutable", async () => {
    const { headers } = await get(port, "/diagrams/0a9d-light.svg");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("makes pages revalidate", async () => {
    const { headers } = await get(port, "/");
    expect(headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
  });
});

it("refuses to start on a dangling symlink, naming the folder", async () => {
  const root = await makeFixture();
  await symlink(path.join(root, "no-such-file"), path.join(root, "dangling.txt"));
  await expect(createServer({ root, warn: () => {} })).rejects.toThrow(`cannot list ${root}`);
});
