import "client-only";
import { browserRecord } from "@/lib/storage/client";
import { bookmarksRecord } from "./bookmarks-record";
import { notesRecord } from "./notes-record";

export const getNotesStore = browserRecord(notesRecord);
export const getBookmarksStore = browserRecord(bookmarksRecord);
