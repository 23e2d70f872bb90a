import "client-only";
import { getHistoryStore, historyRecord } from "@/lib/mock/client";
import { bookmarksRecord, getBookmarksStore, getNotesStore, notesRecord } from "@/lib/notes/client";
import { backupTarget, type BackupTarget, getBrowserStore, progressRecord, exportFormat } from "@/lib/progress/client";
import { getPlanStore, planRecord } from "@/lib/plan/client";
import { listBackups, openArea, readBackup, type BackupInfo } from "@/lib/storage/client";

/** Every record whose backups this browser can restore, by its storage key. */
export function browserBackupTargets(): Record<string, BackupTarget> {
  return {
    [progressRecord.key]: backupTarget(progressRecord, getBrowserStore(), exportFormat, "data"),
    [planRecord.key]: backupTarget(planRecord, getPlanStore(), exportFormat, "plan"),
    [notesRecord.key]: backupTarget(notesRecord, getNotesStore(), exportFormat, "notes"),
    [bookmarksRecord.key]: backupTarget(bookmarksRecord, getBookmarksStore(), exportFormat, "bookmarks"),
    [historyRecord.key]: backupTarget(historyRecord, getHistoryStore(), "followup-mock-history", "data"),
  };
}

/** The backups this browser holds, newest first, as lib/storage lists them. */
export const browserBackups = (): BackupInfo[] => listBackups(openArea("local"));
/** One backup's stored text, or undefined when it is gone or site data is blocked. */
export const readBrowserBackup = (key: string) => readBackup(openArea("local"), key);
