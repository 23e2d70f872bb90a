import "client-only";
import { bookmarksRecord } from "../notes/bookmarks-record";
import { getBookmarksStore, getNotesStore } from "../notes/browser-stores";
import { notesRecord } from "../notes/notes-record";
import { getPlanStore } from "./plan/browser-plan";
import { planRecord } from "./plan/plan-record";
import { companion, type Companion } from "./transfer-all";

/** The records exported and imported beside progress, under these names in the file. */
export const browserCompanions = (): Companion[] => [
  companion("plan", planRecord, getPlanStore()),
  companion("notes", notesRecord, getNotesStore()),
  companion("bookmarks", bookmarksRecord, getBookmarksStore()),
];
