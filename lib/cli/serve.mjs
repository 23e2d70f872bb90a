#!/usr/bin/env node
/**
 * Serves the static export in out/ (`npm run serve`, and the last step of `npm start`).
 * Resolves /path to path.html or path/index.html, answers unknown paths with 404.html and a real
 * 404 status, and sends long-lived caching only for content-hashed assets. Text responses are
 * compressed (brotli, else gzip) once per file and kept in memory: the export never changes while
 * it is served, and on a phone link the difference is seconds.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { securityHeaders } from "./security-headers.mjs";

const root = path.resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/** Per-page Content Security Policies written by lib/cli/write-csp.mjs at build time. */
let policies = {};
try {
  policies = JSON.parse(await readFile(path.join(root, "csp.json"), "utf8"));
} catch {
  console.warn("serve: out/csp.json is missing, so pages are served without a Content Security Policy");
}

function routeOf(file) {
  const rel = path.relative(root, file).split(path.sep).join("/");
  return "/" + rel.replace(/\.html$/, "").replace(/(^|\/)index$/, "");
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file inside root, or null; never escapes root. */
async function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = path.resolve(root, "." + path.posix.normalize(decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/** Next writes Open Graph images without an extension. */
const typeOf = (file) =>
  types[path.extname(file)] ?? (/(opengraph|twitter)-image$/.test(file) ? "image/png" : "application/octet-stream");

const compressible = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".xml", ".webmanifest"]);
/** "<encoding> <file>" → compressed body; bounded by the size of the export. */
const compressed = new Map();
const compressors = {
  br: (raw) =>
    brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
  gzip: (raw) => gzipSync(raw, { level: 9 }),
};

/** The best encoding the client accepts that we offer, or undefined for the raw file. */
function encodingFor(req, file) {
  if (!compressible.has(path.extname(file))) return undefined;
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (/\bbr\b/.test(accepted)) return "br";
  if (/\bgzip\b/.test(accepted)) return "gzip";
  return undefined;
}

/** Only the encoding asked for is made, once per file. */
async function compressedBody(file, encoding) {
  const key = `${encoding} ${file}`;
  let body = compressed.get(key);
  if (!body) {
    body = compressors[encoding](await readFile(file));
    compressed.set(key, body);
  }
  return body;
}

async function send(req, res, status, file) {
  const ext = path.extname(file);
  const immutable = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  const csp = ext === ".html" ? policies[routeOf(file)] : undefined;
  const encoding = encodingFor(req, file);
  const body = encoding ? await compressedBody(file, encoding) : undefined;
  res.writeHead(status, {
    ...securityHeaders,
    ...(csp ? { "Content-Security-Policy": csp } : {}),
    "Content-Type": typeOf(file),
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    ...(compressible.has(ext) ? { Vary: "Accept-Encoding" } : {}),
    ...(encoding ? { "Content-Encoding": encoding, "Content-Length": body.length } : {}),
  });
  if (req.method === "HEAD") return res.end();
  if (body) return res.end(body);
  createReadStream(file).pipe(res);
}

const server = http.createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", ...securityHeaders }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const file = await resolve(url.pathname);
  if (file) return send(req, res, 200, file);
  const notFound = path.join(root, "404.html");
  if (await isFile(notFound)) return send(req, res, 404, notFound);
  res.writeHead(404, { "Content-Type": "text/plain", ...securityHeaders }).end("Not found");
});

if (!(await isFile(path.join(root, "index.html")))) {
  console.error(`serve: ${root} has no index.html; run npm run build first`);
  process.exit(1);
}
server.listen(port, host, () => {
  console.log(
    `Followup is running at http://localhost:${port}/ (serving ${path.relative(process.cwd(), root) || root})`,
  );
});
