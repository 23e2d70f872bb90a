/**
 * The files of an export that may be served, read once at startup: every regular file under the
 * root, plus symlinks to files that stay inside it. Host configuration, dotfiles, precompressed
 * copies (they are variants of another file) and names that cannot be routed are left out. Each
 * file gets a strong ETag from a hash of its bytes.
 */
import { createHash } from "node:crypto";
import { createReadStream, type Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { hostConfigFiles } from "./security-headers";
import type { Encoding } from "./negotiate";

export interface StoredFile {
  rel: string;
  size: number;
  etag: string;
}

export interface SiteFile extends StoredFile {
  /** Precompressed copies written by the build (`<file>.br`, `<file>.gz`). */
  variants: Map<Encoding, StoredFile>;
}

const suffixes: [Encoding, string][] = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

const inside = (root: string, file: string) => file.startsWith(root + path.sep);

async function hashOf(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `"${hash.digest("base64url").slice(0, 32)}"`;
}

/** Regular files, and symlinks resolving to regular files inside realRoot; null otherwise. */
async function servable(entry: Dirent, abs: string, realRoot: string): Promise<string | null> {
  if (entry.isFile()) return abs;
  if (!entry.isSymbolicLink()) return null;
  const target = await realpath(abs).catch(() => null);
  if (!target || !inside(realRoot, target)) return null;
  return (await stat(target)).isFile() ? target : null;
}

async function walk(dir: string, prefix: string, realRoot: string, found: Map<string, string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if ((entry.name.startsWith(".") && entry.name !== ".well-known") || /[%?#\\]/.test(entry.name)) continue;
    const abs = path.join(dir, entry.name);
    const rel = prefix + entry.name;
    // Symlinked folders are not followed: no loops, and nothing reached through them.
    if (entry.isDirectory()) await walk(abs, `${rel}/`, realRoot, found);
    else {
      const file = await servable(entry, abs, realRoot);
      if (file) found.set(rel, file);
    }
  }
}

/** Runs `work` over `items` with a bounded number in flight. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function indexSite(root: string): Promise<Map<string, SiteFile>> {
  const realRoot = await realpath(root);
  const found = new Map<string, string>();
  await walk(realRoot, "", realRoot, found);
  const stored = new Map<string, StoredFile>();
  await eachLimited([...found], 16, async ([rel, file]) => {
    stored.set(rel, { rel, size: (await stat(file)).size, etag: await hashOf(file) });
  });
  const files = new Map<string, SiteFile>();
  for (const [rel, file] of stored) {
    if (
      hostConfigFiles.includes(rel) ||
      suffixes.some(([, s]) => rel.endsWith(s) && found.has(rel.slice(0, -s.length)))
    )
      continue;
    const variants = new Map<Encoding, StoredFile>();
    for (const [encoding, suffix] of suffixes) {
      const variant = stored.get(rel + suffix);
      if (variant) variants.set(encoding, variant);
    }
    files.set(rel, { ...file, variants });
  }
  return files;
}
