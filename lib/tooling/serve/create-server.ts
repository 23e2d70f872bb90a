/**
 * The static server behind `npm start`: sirv sends the files (byte ranges, streaming, the
 * precompressed copy chosen below); this module decides what may be sent and with which headers.
 * Every request target is parsed strictly and mapped to a file through lib/site-routes, and only
 * files indexed at startup (inside the root, not host configuration) are ever handed to sirv.
 */
import { readFile } from "node:fs/promises";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";
import { securityHeaders } from "./security-headers";
import { filesForRoute } from "@/lib/site-routes";
import { chooseEncoding, matchesIfNoneMatch, parseRange } from "./negotiate";
import { routeOfTarget } from "./request-target";
import { fileHeaders, nonHtmlPolicy } from "./response-headers";
import { indexSite, type SiteFile } from "./site-files";

export interface ServerOptions {
  /** The static export to serve (out/). */
  root: string;
  /** Called once per problem worth telling the operator about; defaults to console.warn. */
  warn?: (message: string) => void;
}

async function readPolicies(root: string, warn: (message: string) => void): Promise<Map<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(root, "csp.json"), "utf8"));
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch (error) {
    warn(`serve: ${path.join(root, "csp.json")} is missing or unreadable (${String(error)}), so pages carry no CSP`);
    return new Map();
  }
}

/** A short plain-text answer (400, 404 without a page, 405) that allows nothing. */
function sendPlain(req: IncomingMessage, res: ServerResponse, status: number, extra: Record<string, string> = {}) {
  const body = `${http.STATUS_CODES[status] ?? "Error"}\n`;
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": nonHtmlPolicy,
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(body),
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Sends one of the files sirv indexed: `file` is known to be inside the root and servable. */
function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: SiteFile,
  policies: ReadonlyMap<string, string>,
  serve: ReturnType<typeof sirv>,
  notFound: () => void,
) {
  const encoding = chooseEncoding(req.headers["accept-encoding"], new Set(file.variants.keys()));
  const chosen = (encoding && file.variants.get(encoding)) || file;
  for (const [name, value] of Object.entries(fileHeaders(file.rel, policies))) res.setHeader(name, value);
  res.setHeader("ETag", chosen.etag);
  res.setHeader("Accept-Ranges", "bytes");
  if (matchesIfNoneMatch(req.headers["if-none-match"], chosen.etag)) {
    res.writeHead(304).end();
    return;
  }
  const ifRange = req.headers["if-range"];
  const range = ifRange === undefined || ifRange === chosen.etag ? parseRange(req.headers.range, chosen.size) : null;
  delete req.headers.range;
  // sirv reads a range ending at byte 0 as "to the end", so that one range gets the whole file.
  if (range?.kind === "part" && range.end > 0) req.headers.range = `bytes=${range.start}-${range.end}`;
  if (range?.kind === "unsatisfiable") req.headers.range = `bytes=${chosen.size}-`;
  // sirv picks `<file>.br` or `<file>.gz` from this header; only a copy we indexed is named.
  req.headers["accept-encoding"] = encoding ?? "";
  req.url = `/${file.rel}`;
  res.once("pipe", (source: Readable) => {
    // A file that vanished or a client that left must not leave an error unhandled or a file open.
    source.once("error", () => res.destroy());
    res.once("close", () => source.destroy());
  });
  serve(req, res, notFound);
}

/** True when the request announces a body: a non-zero length, or any transfer coding. */
function carriesBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/** sirv lists the folder once, following every symlink; a dangling or looping one stops it. */
function indexWithSirv(root: string): ReturnType<typeof sirv> {
  try {
    return sirv(root, { etag: false, brotli: true, gzip: true, extensions: [], dotfiles: false });
  } catch (error) {
    throw new Error(`serve: cannot list ${root} (a dangling or looping symlink?): ${String(error)}`, { cause: error });
  }
}

export async function createServer({ root, warn = console.warn }: ServerOptions): Promise<http.Server> {
  const absoluteRoot = path.resolve(root);
  const files = await indexSite(absoluteRoot);
  const policies = await readPolicies(absoluteRoot, warn);
  const serve = indexWithSirv(absoluteRoot);
  const notFoundPage = files.get("404.html");

  function sendNotFound(req: IncomingMessage, res: ServerResponse) {
    if (!notFoundPage) return sendPlain(req, res, 404);
    // The page itself is sent by sirv with status 200; the status line is ours.
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
    res.writeHead = ((_status: number, ...rest: unknown[]) => writeHead(404, ...rest)) as typeof res.writeHead;
    for (const name of ["if-none-match", "range", "if-range"]) delete req.headers[name];
    sendFile(req, res, notFoundPage, policies, serve, () => sendPlain(req, res, 404));
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    // No request here uses a body. Keeping the connection alive would make Node read one to its
    // end, however large, before the next request; closing it lets the body go unread.
    if (carriesBody(req)) res.setHeader("Connection", "close");
    if (req.method !== "GET" && req.method !== "HEAD") return sendPlain(req, res, 405, { Allow: "GET, HEAD" });
    const route = routeOfTarget(req.url);
    if (route === null) return sendPlain(req, res, 400, { Connection: "close" });
    const file = filesForRoute(route)
      .map((rel) => files.get(rel))
      .find((f) => f !== undefined);
    if (!file) return sendNotFound(req, res);
    sendFile(req, res, file, policies, serve, () => sendNotFound(req, res));
  }

  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      warn(`serve: ${req.method} ${JSON.stringify(req.url)} failed: ${String(error)}`);
      if (res.headersSent) res.destroy();
      else sendPlain(req, res, 500);
    }
  });
  // Requests Node's parser rejects never reach the handler; answer them and drop the connection.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // CONNECT asks for a tunnel, which a file server never opens.
  server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  return server;
}
