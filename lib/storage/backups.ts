import "client-only";
import * as z from "zod/mini";
import type { Area } from "./areas";
import { lazySchema } from "./lazy-schema";

/**
 * Copies of stored records taken before anything replaces them. One copy per distinct content (the
 * key carries a hash of it), so loading the same unreadable record on every page adds nothing,
 * and at most `maxBackupsPerRecord` per record, oldest dropped first.
 */
export const backupPrefix = "followup:backup:";
export const maxBackupsPerRecord = 3;

export interface BackupInfo {
  key: string;
  record: string;
  /** What the record is, in words: "Practice progress". */
  label: string;
  reason: string;
  savedAt: string;
  bytes: number;
}

/** A backup as stored; a label and reason may be missing from a copy kept before they existed. */
function buildBackupBodySchema() {
  return z.object({
    record: z.string(),
    label: z.optional(z.string()),
    reason: z.optional(z.string()),
    savedAt: z.string(),
    raw: z.string(),
  });
}

type BackupBody = Required<z.infer<ReturnType<typeof buildBackupBodySchema>>>;
const backupBodySchema = lazySchema(buildBackupBodySchema);

/** FNV-1a: a short, stable name for a content; not for security. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function readBody(area: Area, key: string): BackupBody | null {
  try {
    const parsed = backupBodySchema.safeParse(JSON.parse(area.read(key) ?? "null"));
    if (parsed.success) {
      const { label, reason, ...body } = parsed.data;
      return { ...body, label: label ?? body.record, reason: reason ?? "" };
    }
  } catch {
    // A backup that cannot be read is listed by nobody and never deleted by us.
  }
  return null;
}

export function listBackups(area: Area | undefined, record?: string): BackupInfo[] {
  if (!area) return [];
  return area
    .keys()
    .filter((key) => key.startsWith(backupPrefix))
    .flatMap((key) => {
      const body = readBody(area, key);
      if (!body || (record !== undefined && body.record !== record)) return [];
      const { raw, ...info } = body;
      return [{ key, ...info, bytes: raw.length }];
    })
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** The backed-up text, exactly as it was stored, for download. */
export function readBackup(area: Area | undefined, key: string): string | null {
  return area ? (readBody(area, key)?.raw ?? null) : null;
}

export type BackupOutcome = "kept" | "already-kept" | "failed";

/** Keeps `raw` aside; "failed" means the caller must not overwrite the original. */
export function backUp(
  area: Area,
  { record, label }: { record: string; label: string },
  raw: string,
  reason: string,
  now: Date,
): BackupOutcome {
  const key = `${backupPrefix}${record}:${contentHash(raw)}`;
  if (readBody(area, key)?.raw === raw) return "already-kept";
  const body = JSON.stringify({ record, label, reason, savedAt: now.toISOString(), raw } satisfies BackupBody);
  const older = listBackups(area, record);
  let written = area.write(key, body) === "ok";
  // At the cap, the oldest copy makes room; below it, no older copy is ever given up.
  if (!written && older.length >= maxBackupsPerRecord) {
    area.remove(older[0]!.key);
    older.shift();
    written = area.write(key, body) === "ok";
  }
  if (!written) return "failed";
  for (const old of older.slice(0, Math.max(0, older.length + 1 - maxBackupsPerRecord))) area.remove(old.key);
  return "kept";
}
