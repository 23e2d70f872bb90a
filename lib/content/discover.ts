import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "./errors";
import { trackSchema, type Track } from "./schema";

export interface DiscoveredFile {
  /** Path relative to the working directory, as errors print it. */
  file: string;
  raw: string;
  /** Section slug implied by the folder (`03-web-network` -> `web-network`), if it names one. */
  folderSection: string | undefined;
}

export interface Discovery {
  track: Track | undefined;
  files: DiscoveredFile[];
  errors: ContentError[];
}

const sectionFolder = /^\d{2}-([a-z0-9-]+)$/;

/** Reads a track folder: its `track.json` manifest and every `.mdx` file in its section folders. */
export async function discoverTrack(trackDir: string): Promise<Discovery> {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const manifestPath = path.join(trackDir, "track.json");
  const errors: ContentError[] = [];
  let track: Track | undefined;
  try {
    const parsed = trackSchema.safeParse(JSON.parse(await readFile(manifestPath, "utf8")));
    if (parsed.success) track = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        errors.push({ file: rel(manifestPath), line: 1, field: issue.path.join(".") || "track", message: issue.message });
      }
    }
  } catch (error) {
    const message = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : "cannot read the track manifest";
    errors.push({ file: rel(manifestPath), line: 1, field: "track", message });
  }

  const files: DiscoveredFile[] = [];
  const entries = await readdir(trackDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(trackDir, entry.name);
    const slug = sectionFolder.exec(entry.name)?.[1];
    const known = slug !== undefined && track?.sections.some((s) => s.slug === slug);
    const names = (await readdir(folder)).filter((name) => name.endsWith(".mdx")).sort();
    if (!known && track && names.length > 0) {
      const expected = track.sections.map((s, i) => `${String(i + 1).padStart(2, "0")}-${s.slug}`).join(", ");
      errors.push({ file: rel(folder), line: 1, field: "section", message: `folder is not a section of track.json (expected one of ${expected})` });
    }
    for (const name of names) {
      const full = path.join(folder, name);
      files.push({ file: rel(full), raw: await readFile(full, "utf8"), folderSection: known ? slug : undefined });
    }
  }
  return { track, files, errors };
}
