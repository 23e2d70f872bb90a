/**
 * What each response says about itself besides its bytes: type, caching and Content Security
 * Policy. Pages get their own policy from the build (out/csp.json); everything else gets one that
 * allows nothing, so a file opened directly can never run script in our origin.
 */
import path from "node:path";
import { routeOfFile } from "@/lib/site-routes";
import { pageSecurityHeaders } from "./security-headers";

const types: Record<string, string> = {
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

/** Extensions the build stores brotli and gzip copies of. */
export const compressibleExtensions: readonly string[] = [
  ".html",
  ".js",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".xml",
  ".webmanifest",
];

export const nonHtmlPolicy = "default-src 'none'; frame-ancestors 'none'";
/**
 * A service worker runs under the policy sent with its own script: it may fetch from this origin
 * (to fill its cache) and nothing else.
 */
export const workerPolicy = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";
/** Diagrams carry inline styles; `sandbox` keeps a directly opened SVG in an opaque origin. */
export const svgPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";

export const immutableCache = "public, max-age=31536000, immutable";
export const revalidateCache = "public, max-age=0, must-revalidate";

/**
 * Next's hashed bundles, the diagrams named by the hash of their source, and the search shards in
 * a folder named by the hash of the whole index never change.
 */
const isContentHashed = (rel: string) =>
  rel.startsWith("_next/static/") ||
  /^diagrams\/[0-9a-f]+-(light|dark)\.svg$/.test(rel) ||
  /^search-index\/[0-9a-f]{12}\//.test(rel);

export function contentTypeOf(rel: string): string {
  const known = types[path.extname(rel)];
  if (known) return known;
  // Next writes Open Graph images without an extension.
  return /(opengraph|twitter)-image$/.test(rel) ? "image/png" : "application/octet-stream";
}

/** Headers for a file of the export; `policies` maps a page's route to its CSP. */
export function fileHeaders(rel: string, policies: ReadonlyMap<string, string>): Record<string, string> {
  const ext = path.extname(rel);
  const route = ext === ".html" ? routeOfFile(rel) : null;
  const page = route === null ? undefined : policies.get(route);
  const policy = ext === ".html" ? page : ext === ".svg" ? svgPolicy : rel === "sw.js" ? workerPolicy : nonHtmlPolicy;
  return {
    // A page's own permissions replace the ones every response starts with.
    ...(route === null ? {} : { "Permissions-Policy": pageSecurityHeaders(route)["Permissions-Policy"]! }),
    "Content-Type": contentTypeOf(rel),
    "Cache-Control": isContentHashed(rel) ? immutableCache : revalidateCache,
    ...(policy ? { "Content-Security-Policy": policy } : {}),
    ...(compressibleExtensions.includes(ext) ? { Vary: "Accept-Encoding" } : {}),
  };
}
