/**
 * A digest of every file in an export folder, and the differences between two digests: how the
 * benchmark and `npm run build:repro` show that an unchanged tree builds to byte-identical files.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Relative path → sha256 of the file's bytes. */
export async function digestDir(dir: string): Promise<Map<string, string>> {
  const digest = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digest.set(
      path.relative(dir, file),
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
  }
  return digest;
}

/** One line per file that is only in one digest or differs between them, sorted by path. */
export function digestDifferences(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths.flatMap((rel) => {
    if (!after.has(rel)) return [`${rel}: only in the first build`];
    if (!before.has(rel)) return [`${rel}: only in the second build`];
    return before.get(rel) === after.get(rel) ? [] : [`${rel}: differs`];
  });
}
