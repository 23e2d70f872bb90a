import "client-only";
import { decodeText, type RecordKind, type RecordStore } from "@/lib/storage/client";
import type { ImportOutcome } from "./progress-transfer";

/** How one record's backups are restored, and under which name they sit in an export file. */
export interface BackupTarget {
  /** The export file's format, and the field that holds this record in it. */
  format: string;
  field: string;
  restore(raw: string): ImportOutcome;
}

/**
 * Restoring puts the backed-up record in place of the current one, as it was (a copy of the
 * current one is kept first); items it holds that cannot be read are left out and counted.
 */
export function backupTarget<T>(
  kind: RecordKind<T>,
  store: RecordStore<T>,
  format: string,
  field: string,
): BackupTarget {
  return {
    format,
    field,
    restore(raw) {
      const decoded = decodeText(kind, raw);
      if (decoded.kind === "unreadable") {
        return {
          ok: false,
          error: `This copy of ${kind.label.toLowerCase()} cannot be read (${decoded.why}), so it cannot be restored. Download it to keep it.`,
        };
      }
      if (decoded.kind === "newer") {
        return {
          ok: false,
          error: `This copy comes from a newer version of Followup (data version ${decoded.version}); update first.`,
        };
      }
      if (store.getSnapshot().mode === "read-only")
        return { ok: false, error: `${kind.label} is read-only in this tab.` };
      if (!store.keepCopy("before a restore")) {
        return {
          ok: false,
          error: "No copy of the current data could be kept (storage is full), so nothing was restored.",
        };
      }
      const saved = store.replace(() => decoded.value);
      if (saved !== "saved")
        return { ok: false, error: `${kind.label} was restored in this tab only: storage refused the write.` };
      const n = decoded.setAside.length;
      const skipped =
        n > 0 ? ` ${n} item${n === 1 ? "" : "s"} that could not be read ${n === 1 ? "was" : "were"} left out.` : "";
      return { ok: true, message: `${kind.label} restored; what was there is kept under Backups.${skipped}` };
    },
  };
}

/**
 * A backup as a file in its record's export format, so it imports like an export; null when the
 * copy is not JSON (then it is downloaded exactly as stored).
 */
export function backupAsExport(raw: string, target: BackupTarget, savedAt: string): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    return JSON.stringify({ format: target.format, exportedAt: savedAt, [target.field]: value }, null, 2);
  } catch {
    return null;
  }
}
