import "server-only";
import { importPage, type ImportResult } from "./import-page";
import { mapFileName, readPreviousMap, reportFileName, writeTrackFolder } from "./write-output";
import { readInput } from "./read-input";

/**
 * Reads a page, converts it, and writes the track folder with its import map and report. The
 * previous map in the output folder keeps ids stable across re-imports.
 */
export async function runImport(
  file: string,
  track: string,
  outDir: string,
  options: { timeLimitMs?: number } = {},
): Promise<ImportResult> {
  const text = await readInput(file);
  const previousMap = await readPreviousMap(outDir);
  const result = importPage(text, { file, track, previousMap, ...options });
  const files = new Map(result.files);
  files.set(mapFileName, `${JSON.stringify(result.map, null, 1)}\n`);
  files.set(reportFileName, result.report);
  await writeTrackFolder(outDir, files);
  return result;
}
