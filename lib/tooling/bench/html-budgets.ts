import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { routeOfFile } from "@/lib/site-routes";

export interface Heaviest {
  route: string;
  bytes: number;
  gz: number;
  count: number;
}

/** The budget type of an exported page (a key of budgets.maxHtmlGz), from its path under out/. */
function kindOf(rel: string, trackSlugs: readonly string[]): string {
  const prefixes: [string, string][] = [
    ...trackSlugs.map((slug): [string, string] => [`${slug}/`, "section"]),
    ["q/", "question"],
    ["questions", "catalog"],
  ];
  const kind = prefixes.find(([prefix]) => rel.startsWith(prefix))?.[1];
  if (kind) return kind;
  if (rel === "index.html") return "home";
  return trackSlugs.some((slug) => rel === `${slug}.html`) ? "track" : rel.replace(/\.html$/, "");
}

/**
 * Gzips every exported page and holds it to its type's budget. Returns the heaviest page of each
 * type and one failure line per page over budget. Sizes are deterministic, so this can gate.
 */
export async function checkHtmlBudgets(
  out: string,
  trackSlugs: readonly string[],
  maxHtmlGz: Record<string, number>,
): Promise<{ heaviest: Map<string, Heaviest>; failures: string[] }> {
  const heaviest = new Map<string, Heaviest>();
  const failures: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const name of await readdir(out, { recursive: true })) {
    const rel = String(name);
    if (!rel.endsWith(".html")) continue;
    const body = await readFile(path.join(out, rel));
    const gz = gzipSync(body, { level: 9 }).length;
    const kind = kindOf(rel, trackSlugs);
    const route = routeOfFile(rel);
    const budget = maxHtmlGz[kind];
    if (budget !== undefined && gz > budget) failures.push(`${route}: HTML ${kb(gz)} gz (budget ${kb(budget)})`);
    const top = heaviest.get(kind);
    if (!top || gz > top.gz) heaviest.set(kind, { route, bytes: body.length, gz, count: (top?.count ?? 0) + 1 });
    else top.count += 1;
  }
  return { heaviest, failures };
}
