import "client-only";
import type { StoreNotice } from "./record-store";

/** The notices a record store gives when storage fails it, worded once for every record. */
export const unavailableNotice = (label: string): StoreNotice => ({
  kind: "unavailable",
  message: `Browser storage is blocked or unavailable, so ${label.toLowerCase()} is kept in this tab only and is lost when you close it. Export it to keep it.`,
});

export const noBackupNotice = (label: string, why: string): StoreNotice => ({
  kind: "no-backup",
  message: `${label} could not be read in full (${why}) and no copy could be kept (storage is full), so it is shown read-only and nothing is saved until you free some space. Your stored data was left untouched.`,
});

export const writeFailedNotice = (label: string, outcome: "quota" | "refused"): StoreNotice =>
  outcome === "quota"
    ? {
        kind: "quota",
        message: `Browser storage is full, so new changes to ${label.toLowerCase()} are kept in this tab only. Export to keep them.`,
      }
    : {
        kind: "unavailable",
        message: `Browser storage stopped accepting writes, so new changes to ${label.toLowerCase()} are kept in this tab only.`,
      };
