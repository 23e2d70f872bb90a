/**
 * Turns an HTTP request target into a decoded route, or null when it does not parse. Only the
 * path is used; the query is ignored. Anything a browser would not send is refused here, so the
 * route mapper only ever sees plain segments.
 */

/** RFC 3986 pchar without the percent sign, plus "/" between segments. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
/** Query characters browsers send unescaped; control characters and spaces never reach us. */
const QUERY_CHARS = /^[\x21-\x7e]*$/;

function originPath(target: string): string | null {
  if (target.startsWith("/")) return target;
  // Absolute form (proxies, some tools): accepted only when it parses as an http(s) URL.
  if (!/^https?:\/\//i.test(target)) return null;
  try {
    const url = new URL(target);
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

export function routeOfTarget(target: string | undefined): string | null {
  if (!target) return null;
  const full = originPath(target);
  if (full === null) return null;
  const queryAt = full.indexOf("?");
  const rawPath = queryAt === -1 ? full : full.slice(0, queryAt);
  const query = queryAt === -1 ? "" : full.slice(queryAt + 1);
  if (!QUERY_CHARS.test(query)) return null;
  // A "%" left after removing well-formed escapes is a bad escape.
  if (!PATH_CHARS.test(rawPath.replaceAll(/%[0-9A-Fa-f]{2}/g, ""))) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // percent-escapes that are not UTF-8
    }
    // An escaped separator, backslash or NUL inside a segment names no file we serve.
    if (/[/\\\0]/.test(segment) || segment === "." || segment === "..") return null;
    segments.push(segment);
  }
  return "/" + segments.join("/");
}
