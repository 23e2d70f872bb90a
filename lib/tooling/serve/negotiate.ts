/**
 * The request headers the server answers to, parsed strictly: which stored encoding to send, which
 * byte range, and whether the client's copy is current. Anything malformed means "not asked".
 */

export type Encoding = "br" | "gzip";

/** The client's weight for each coding named in Accept-Encoding ("*" included). */
function weights(header: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    map.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return map;
}

/** The best stored encoding the client accepts (brotli on a tie), or null for the plain file. */
export function chooseEncoding(header: string | undefined, stored: ReadonlySet<Encoding>): Encoding | null {
  if (!header) return null;
  const accepted = weights(header);
  const weightOf = (name: string) => accepted.get(name) ?? (name === "gzip" ? accepted.get("x-gzip") : undefined);
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const encoding of ["br", "gzip"] as const) {
    if (!stored.has(encoding)) continue;
    const weight = weightOf(encoding) ?? accepted.get("*") ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

export type RangeRequest = { kind: "whole" } | { kind: "unsatisfiable" } | { kind: "part"; start: number; end: number };

/**
 * One byte range ("bytes=a-b", "bytes=a-" or "bytes=-n") within a file of `size` bytes. Several
 * ranges, other units and bad syntax are answered with the whole file, as RFC 9110 allows.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return { kind: "whole" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "part", start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}

/** True when If-None-Match names this entity tag (weak comparison, as RFC 9110 asks) or "*". */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
