import "client-only";
import { getHistoryStore, historyRecord } from "../mock/history";
import { bookmarksRecord } from "../notes/bookmarks-record";
import { getBookmarksStore, getNotesStore } from "../notes/browser-stores";
import { notesRecord } from "../notes/notes-record";
import { backupTarget, type BackupTarget } from "./backup-restore";
import { getBrowserStore } from "./browser-store";
import { getPlanStore } from "./plan/browser-plan";
import { planRecord } from "./plan/plan-record";
import { progressRecord } from "./record";
import { exportFormat } from "./transfer";

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
