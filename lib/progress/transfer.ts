import "client-only";
import { decodeProgress, erasingItem } from "./record";
import type { Progress } from "./schema";

export const exportFormat = "followup-progress";
const format = exportFormat;

/** `extras` are the other records (plan, notes, bookmarks) by name, exported beside progress. */
export function exportProgress(progress: Progress, now: Date, extras: Record<string, unknown> = {}): string {
  return JSON.stringify({ format, exportedAt: now.toISOString(), data: progress, ...extras }, null, 2);
}

/** An export file's outer object, once it is known to be JSON in our format; its parts are checked apart. */
export function readExportFile(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  if (typeof json !== "object" || json === null || (json as { format?: unknown }).format !== format) {
    return {
      ok: false,
      error: 'The file is not a Followup progress export (its "format" field is missing or different).',
    };
  }
  return { ok: true, value: json as Record<string, unknown> };
}

export type ImportResult = { ok: true; progress: Progress; setAside: string[] } | { ok: false; error: string };

/**
 * Validates an export file before anything is merged: a file that is not ours changes nothing, and
 * in one of ours each card is checked on its own, with the invalid ones named and left out.
 */
export function parseImport(text: string): ImportResult {
  const envelope = readExportFile(text);
  if (!envelope.ok) return envelope;
  const decoded = decodeProgress(envelope.value.data);
  if (decoded.kind === "newer") {
    return {
      ok: false,
      error: `The file comes from a newer version of Followup (data version ${decoded.version}); update first.`,
    };
  }
  if (decoded.kind === "unreadable") return { ok: false, error: `The file's data is unreadable: ${decoded.why}.` };
  const erasing = decoded.setAside.find(erasingItem);
  if (erasing !== undefined) {
    return {
      ok: false,
      error: `data.${erasing}. A reset or removal time that is invalid or later than now would erase grades, so the file was refused.`,
    };
  }
  return { ok: true, progress: decoded.value, setAside: decoded.setAside };
}
