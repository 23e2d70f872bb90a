import { readdir, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { hostConfigFiles } from "../serve/security-headers";
import { compressibleExtensions } from "../serve/response-headers";
import { routeOfFile } from "@/lib/site-routes";
import { loadAutocannon } from "./bench-tools";

export interface LoadResult {
  path: string;
  rps: number;
  p99: number;
  errors: number;
}

/**
 * A bounded load test against our own server on loopback only: fixed connections, fixed
 * duration, then it stops by itself.
 */
export async function loadTest(port: number, path: string, seconds = 10, connections = 200): Promise<LoadResult> {
  const autocannon = await loadAutocannon();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration: seconds,
    pipelining: 1,
    // What a browser sends, so the compressed copy is the one timed.
    headers: { "accept-encoding": "br, gzip" },
  });
  return {
    path,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Milliseconds for one GET asking for brotli, body read to the end; rejects on a status >= 400. */
function timedGet(port: number, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: "127.0.0.1", port, path, agent: false, headers: { "accept-encoding": "br, gzip" } },
      (res) => {
        res.resume();
        res.on("end", () =>
          (res.statusCode ?? 500) < 400
            ? resolve(performance.now() - started)
            : reject(new Error(`${path}: ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
  });
}

export interface ColdResult {
  /** Until the last of the cold requests was answered. */
  coldMs: number;
  /** The longest a request for an already-served file waited meanwhile. */
  worstCachedMs: number;
}

/**
 * Sends `coldPaths` at once to a freshly started server (nothing requested yet) while requesting
 * `cachedPath`, served once before, over and over; reports the worst wait of the cached request.
 */
export async function coldRequestWait(port: number, coldPaths: string[], cachedPath: string): Promise<ColdResult> {
  await timedGet(port, cachedPath);
  const started = performance.now();
  let running = true;
  const cold = Promise.all(coldPaths.map((p) => timedGet(port, p))).finally(() => (running = false));
  let worstCachedMs = 0;
  while (running) worstCachedMs = Math.max(worstCachedMs, await timedGet(port, cachedPath));
  await cold;
  return { coldMs: performance.now() - started, worstCachedMs };
}

/** Routes of the `count` largest text files of an export: the ones slowest to compress. */
export async function largestTextRoutes(out: string, count: number): Promise<string[]> {
  const sized: [string, number][] = [];
  for (const rel of await readdir(out, { recursive: true })) {
    if (!compressibleExtensions.includes(path.extname(rel)) || hostConfigFiles.includes(rel)) continue;
    const info = await stat(path.join(out, rel));
    if (info.isFile()) sized.push([rel, info.size]);
  }
  return sized
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([rel]) => routeOfFile(rel));
}
