import "server-only";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * The track folders a path names: the folder itself when it holds a `track.json`, otherwise each
 * sub-folder that does (a content folder such as `content/`).
 */
export async function findTrackDirs(dir: string): Promise<string[]> {
  const has = (folder: string) =>
    stat(path.join(folder, "track.json")).then(
      (s) => s.isFile(),
      () => false,
    );
  if (await has(dir)) return [dir];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
  const tracks: string[] = [];
  for (const folder of folders.sort()) if (await has(folder)) tracks.push(folder);
  return tracks;
}
