import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

type Lockfile = { packages?: Record<string, { version?: string }> };

/**
 * Installed versions by lockfile path (`node_modules/shiki`, `node_modules/a/node_modules/b`), read
 * from package-lock.json, which pins exactly what `npm ci` installs, nested copies included.
 */
export function lockedVersions(lockfileText: string): Map<string, string> {
  const lock = JSON.parse(lockfileText) as Lockfile;
  const versions = new Map<string, string>();
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    if (where !== "" && entry.version) versions.set(where, entry.version);
  }
  return versions;
}

/** The package name at the end of a lockfile path. */
export const packageNameOf = (where: string) =>
  where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);

let installed: Map<string, string> | undefined;

/** The project's lockfile, read once per process. */
export function installedVersions(): Map<string, string> {
  installed ??= lockedVersions(readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8"));
  return installed;
}

/** The top-level installed version of one package; a clear error when the lockfile lacks it. */
export function installedVersion(name: string, versions = installedVersions()): string {
  const version = versions.get(`node_modules/${name}`);
  if (!version) throw new Error(`package-lock.json has no entry for ${name}; run npm install`);
  return version;
}
