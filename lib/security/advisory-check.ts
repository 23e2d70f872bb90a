import semver from "semver";
import { z } from "zod";

// An offline stand-in for `npm audit --omit=dev` where the registry's advisory endpoint cannot be
// reached: the production tree from package-lock.json is matched against a committed list of
// high and critical advisories for the packages in it.

const range = z.string().refine((r) => semver.validRange(r) !== null, "must be a valid semver range");

export const advisorySchema = z.strictObject({
  package: z.string().min(1),
  id: z.string().regex(/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/, "must be a GHSA or CVE id"),
  severity: z.enum(["high", "critical"]),
  vulnerable: range,
  /** The first fixed version on each release line. */
  patched: z.array(z.string().refine((v) => semver.valid(v) !== null, "must be a version")).min(1),
  summary: z.string().min(10).max(200),
  source: z.url(),
});

export const advisoryListSchema = z.strictObject({
  /** The day the list was last compared with the public advisory database. */
  checked: z.iso.date(),
  /** The newest advisory data the list could draw on; anything published later is not in it. */
  sourcesThrough: z.iso.date(),
  /** Production packages searched that had no high or critical advisory on that day. */
  clean: z.array(z.string().min(1)),
  advisories: z.array(advisorySchema),
});

export type Advisory = z.infer<typeof advisorySchema>;
export type AdvisoryList = z.infer<typeof advisoryListSchema>;

/** Reads the list, naming the file and each bad field at once, as the content loader does. */
export function parseAdvisoryList(file: string, json: unknown): AdvisoryList {
  const result = advisoryListSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${file}: ${i.path.join(".")}: ${i.message}`);
  throw new Error(lines.join("\n"));
}

interface Lockfile {
  packages: Record<string, { version?: string; dev?: boolean; link?: boolean }>;
}

/** name → installed versions for every package npm would install with --omit=dev. */
export function productionPackages(lock: Lockfile): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === "" || entry.dev || entry.link || !entry.version) continue;
    const name = where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
    found.set(name, (found.get(name) ?? new Set()).add(entry.version));
  }
  return found;
}

export interface Finding {
  advisory: Advisory;
  installed: string;
}

export function findAffected(installed: Map<string, Set<string>>, advisories: Advisory[]): Finding[] {
  return advisories.flatMap((advisory) =>
    [...(installed.get(advisory.package) ?? [])]
      .filter((version) => semver.satisfies(version, advisory.vulnerable, { includePrerelease: true }))
      .map((version) => ({ advisory, installed: version })),
  );
}

export function formatFinding({ advisory, installed }: Finding): string {
  const { package: name, id, severity, vulnerable, patched, summary } = advisory;
  return `${name}@${installed}: ${id} (${severity}, ${vulnerable}): ${summary} Fixed in ${patched.join(", ")}.`;
}
