import "client-only";
import { openArea } from "@/lib/storage/client";
import { readBookmarksLightly, readNoteLightly, readNotedLightly, readNotesLightly } from "./light-read";

// The light reads over this browser's own storage, so the UI never opens a storage area itself.

/** One question's saved note, "" when there is none or site data is blocked. */
export const browserNote = (id: string) => readNoteLightly(openArea("local"), id);
export const browserNotes = () => readNotesLightly(openArea("local"));
export const browserBookmarks = () => readBookmarksLightly(openArea("local"));
export const browserNoted = () => readNotedLightly(openArea("local"));
