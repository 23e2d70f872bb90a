import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ImportError } from "./errors";
import { importMapSchema, type ImportMap } from "./import-map";

export const mapFileName = "import-map.json";
export const reportFileName = "import-report.txt";

/** The previous import's map in the output folder, if there is one. */
export async function readPreviousMap(outDir: string): Promise<ImportMap | undefined> {
  const file = path.join(outDir, mapFileName);
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, 1, "import-map", `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = importMapSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(file, 1, issue.path.join(".") || "import-map", issue.message);
  }
  return parsed.data;
}

/**
 * Writes every file into a fresh folder beside the output and swaps it in at the end, so a failed
 * import leaves the previous output (or nothing) rather than half a track.
 */
export async function writeTrackFolder(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const temp = path.join(parent, `.${base}.import-${process.pid}`);
  const old = path.join(parent, `.${base}.previous-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(temp, { recursive: true, force: true });
  try {
    for (const [name, text] of files) {
      const target = path.join(temp, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    const hadOutput = await rename(outDir, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return false;
        throw error;
      },
    );
    await rename(temp, outDir);
    if (hadOutput) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
