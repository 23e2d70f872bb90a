import "client-only";
import { setBookmark } from "./bookmarks-record";
import { getBookmarksStore, getNotesStore } from "./browser-stores";
import { setNote } from "./notes-record";
import type { StoreMode } from "@/lib/storage/client";

/** Saves through the validated records; islands load this module on the first change only. */
export const saveNote = (id: string, text: string): Promise<StoreMode> =>
  getNotesStore().update((notes, now) => setNote(notes, id, text.trim() === "" ? "" : text, now));

export const saveBookmark = (id: string, marked: boolean): Promise<StoreMode> =>
  getBookmarksStore().update((bookmarks, now) => setBookmark(bookmarks, id, marked, now));
