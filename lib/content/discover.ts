import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "./errors";
import { trackSchema, type Track } from "./schema";
import { yamlLineFinder } from "./yaml-lines";

export interface DiscoveredFile {
  /** Path relative to the working directory, as errors print it. */
  file: string;
  raw: string;
  /** Section slug implied by the folder (`03-web-network` -> `web-network`), if it names one. */
  folderSection: string | undefined;
}

/** The track manifest as read, so later checks can point at a line of it. */
export interface Manifest {
  file: string;
  text: string;
}

export interface Discovery {
  track: Track | undefined;
  manifest: Manifest;
  files: DiscoveredFile[];
  errors: ContentError[];
}

const sectionFolder = /^\d{2}-([a-z0-9-]+)$/;

/** Reads a track folder: its `track.json` manifest and every `.mdx` file in its section folders. */
export async function discoverTrack(trackDir: string): Promise<Discovery> {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const manifestPath = path.join(trackDir, "track.json");
  const errors: ContentError[] = [];
  const manifest: Manifest = { file: rel(manifestPath), text: "" };
  let track: Track | undefined;
  try {
    manifest.text = await readFile(manifestPath, "utf8");
    const parsed = trackSchema.safeParse(JSON.parse(manifest.text));
    if (parsed.success) track = parsed.data;
    else {
      // JSON is YAML too, so the YAML line finder can point at the offending manifest line.
      const lineOf = yamlLineFinder(manifest.text, 1);
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "track";
        errors.push({ file: manifest.file, line: lineOf(issue.path), field, message: issue.message });
      }
    }
  } catch (error) {
    const message = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : "cannot read the track manifest";
    errors.push({ file: manifest.file, line: 1, field: "track", message });
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
  return { track, manifest, files, errors };
}
