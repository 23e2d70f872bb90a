/**
 * One hash of everything a build reads. It names the build (next.config.mjs's build id, so an
 * unchanged rebuild writes byte-identical pages) and keys the checked content bank the content
 * check hands to Next's workers (lib/content/bank-cache.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The folders and files a build reads, relative to the project; extra content roots a test build
 * adds (FOLLOWUP_CONTENT_DIRS, read by lib/content/content-roots.ts) are inputs too.
 * @param {Record<string, string | undefined>} env
 */
export function buildInputs(env = process.env) {
  const extraContentRoots = (env.FOLLOWUP_CONTENT_DIRS ?? "").split(path.delimiter).filter((dir) => dir.trim());
  return [
    "app",
    "components",
    "content",
    ...extraContentRoots,
    "lib",
    "public",
    "next.config.mjs",
    "package-lock.json",
  ];
}

/**
 * The hash of every input's path and bytes, in a fixed order.
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd
 */
export function inputsHash(env = process.env, cwd = process.cwd()) {
  const hash = createHash("sha256");
  for (const input of buildInputs(env)) {
    const absolute = path.resolve(cwd, input);
    const files = statSync(absolute).isDirectory()
      ? readdirSync(absolute, { recursive: true }).map((rel) => path.join(input, String(rel)))
      : [input];
    for (const file of files.sort()) {
      const full = path.resolve(cwd, file);
      if (!statSync(full).isFile()) continue;
      hash.update(file).update("\0").update(readFileSync(full)).update("\0");
    }
  }
  return hash.digest("base64url").slice(0, 21);
}
