import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { bankKeyVariable } from "./bank-key.mjs";
import type { LoadedTrack } from "./load";

/**
 * The checked bank, kept between the processes of one build. The content check loads and checks
 * every track once and leaves the result here; Next's page-data and prerendering workers and the
 * search writer read it instead of parsing and checking every file again. Entries are named by
 * the hash of every build input (in `FOLLOWUP_BANK_KEY`) and the content roots, so any change to
 * content, code or dependencies misses, and the loader simply loads afresh.
 */
const cacheDir = () => path.join(process.cwd(), "node_modules", ".cache", "followup-bank");

function entryFile(key: string, roots: readonly string[]): string {
  const name = createHash("sha256").update(key).update("\0").update(JSON.stringify(roots)).digest("hex");
  return path.join(cacheDir(), `${name}.json`);
}

/**
 * A track's question list holds the very objects its sections hold, as the loader builds it (pages
 * find a question's section page by identity); JSON gives each its own copy, so rebuild the list.
 */
const relink = (track: LoadedTrack): LoadedTrack => ({ ...track, questions: track.sections.flatMap((s) => s.questions) });

/** The bank this build's content check left, or undefined (no key, no entry, or an unreadable one). */
export async function readBankCache(roots: readonly string[], key = process.env[bankKeyVariable]) {
  if (!key) return undefined;
  try {
    const tracks: unknown = JSON.parse(await readFile(entryFile(key, roots), "utf8"));
    // Only writeBankCache writes here, from a bank that passed every check, under a key that covers every input.
    return Array.isArray(tracks) ? (tracks as LoadedTrack[]).map(relink) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps this bank for the rest of the build, replacing older entries; written whole or not at all. */
export async function writeBankCache(roots: readonly string[], key: string, tracks: LoadedTrack[]): Promise<void> {
  const file = entryFile(key, roots);
  await mkdir(path.dirname(file), { recursive: true });
  for (const old of await readdir(path.dirname(file))) await rm(path.join(path.dirname(file), old), { force: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(tracks));
  await rename(temporary, file);
}
