import "client-only";
import { bookmarksRecord, getBookmarksStore, getNotesStore, notesRecord } from "@/lib/notes/client";
import { getPlanStore, planRecord } from "@/lib/plan/client";
import { companion, type Companion } from "./transfer-all";

/** The records exported and imported beside progress, under these names in the file. */
export const browserCompanions = (): Companion[] => [
  companion("plan", planRecord, getPlanStore()),
  companion("notes", notesRecord, getNotesStore()),
  companion("bookmarks", bookmarksRecord, getBookmarksStore()),
];
