import fc from "fast-check";
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CONFIG_MARKER, get, makeFixture, SECRET, startServer } from "./serve-fixture";

let port = 0;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ port, close } = await startServer(await makeFixture()));
});
afterAll(() => close());

/** Sends raw bytes, so targets and headers Node's own client would refuse reach the server. */
function rawRequest(bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(done, 2000);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", done);
    socket.on("error", done);
    // No half-close: the server would drop a request whose client has already hung up.
    socket.write(Buffer.from(bytes, "latin1"));
  });
}

const segment = fc.oneof(
  fc.constantFrom(
    "",
    ".",
    "..",
    "%2e%2e",
    "%2E.",
    "..%2f",
    "%2f",
    "%5c",
    "%00",
    "%",
    "%zz",
    "%c0%af",
    "%E0%A4%A",
    "[",
    "]",
    "\\",
    "leak.txt",
    "leak.html",
    "leak",
    "leakdir",
    "secret.txt",
    "csp.json",
    "_headers",
    "nginx-headers.conf",
    "index.html.br",
    "about.html.br",
    "about",
    "q",
    "x",
    "404",
    "_next",
    "static",
    "diagrams",
    "?",
    "#",
    "~",
    "inside-link.txt",
    "data.txt",
    "%2e%2e%2fsecret.txt",
    "..%5csecret.txt",
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const target = fc.oneof(
  fc.constantFrom(
    "//",
    "///",
    "/\\",
    "//[",
    "http://[/",
    "*",
    "http://x/leak.txt",
    "http://x/../secret.txt",
    "/?%",
    "/csp.json",
    "/_headers",
    "/nginx-headers.conf",
    "/%63sp.json",
    "/leak.txt",
    "/leak",
    "/leakdir/secret.txt",
    "/about",
    "/%6c%65%61%6b.txt",
    "/leakdir//secret.txt",
  ),
  fc
    .tuple(fc.constantFrom("/", "//", "http://h/", "", "\\"), fc.array(segment, { maxLength: 5 }))
    .map(([head, parts]) => head + parts.join("/")),
  fc.webPath(),
);
const header = fc.tuple(
  fc.constantFrom(
    "Accept-Encoding",
    "Range",
    "If-None-Match",
    "If-Range",
    "Host",
    "Content-Length",
    "Transfer-Encoding",
    "Connection",
    "Expect",
    "X-Forwarded-For",
    "Cookie",
    "Upgrade",
  ),
  fc.oneof(
    fc.constantFrom(
      "br",
      "gzip",
      "br;q=0",
      "*",
      "identity;q=0",
      "bytes=0-0",
      "bytes=5-2",
      "bytes=-0",
      "bytes=0-1,4-5",
      "bytes=99999999999999999999-",
      "bytes=-5",
      "*",
      'W/"x"',
      "100-continue",
      "chunked",
      "-1",
      "close",
    ),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  ),
);
// Mostly GET, so hostile targets reach the file lookup instead of stopping at 405.
const method = fc.oneof(
  { arbitrary: fc.constant("GET"), weight: 6 },
  { arbitrary: fc.constantFrom("HEAD", "POST", "OPTIONS", "TRACE", "CONNECT", "get", "BREW"), weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
);

it("no request, however malformed, stops the server, gets a 5xx, or reads a byte it must not", async () => {
  await fc.assert(
    fc.asyncProperty(method, target, fc.array(header, { maxLength: 5 }), async (m, t, headers) => {
      const lines = headers.map(([name, value]) => `${name}: ${value}`);
      const reply = await rawRequest(
        `${m} ${t} HTTP/1.1\r\nHost: localhost\r\n${lines.map((l) => l + "\r\n").join("")}Connection: close\r\n\r\n`,
      );
      expect(reply).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
      expect(reply).not.toMatch(/^HTTP\/1\.[01] 5\d\d/m);
      expect(reply).not.toContain(SECRET);
      expect(reply).not.toContain(CONFIG_MARKER);
    }),
    { numRuns: 400 },
  );
  expect((await get(port, "/")).status).toBe(200);
}, 120_000);
