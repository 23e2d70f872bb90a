import "server-only";
import path from "node:path";

/** Extra content folders, separated like PATH; test builds use it to add fixture tracks. */
export const extraRootsVariable = "FOLLOWUP_CONTENT_DIRS";

/** The folders tracks are read from: `content/` always, then any extra roots, each once. */
export function contentRoots(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string[] {
  const extra = (env[extraRootsVariable] ?? "")
    .split(path.delimiter)
    .filter((dir) => dir.trim() !== "")
    .map((dir) => path.resolve(cwd, dir));
  return [...new Set([path.join(cwd, "content"), ...extra])];
}
