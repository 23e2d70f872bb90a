import "client-only";
import * as z from "zod/mini";
import { pastIsoDate, datedMapRecord, type DatedMap } from "@/lib/storage/client";
import { bookmarksKey } from "./keys";

/** Bookmarked questions: a set of ids, with unmarked ones kept as dated tombstones for merging. */
function buildMarkSchema() {
  return z.object({
    marked: z.boolean(),
    updatedAt: pastIsoDate(),
  });
}

export type Bookmarks = DatedMap<z.infer<ReturnType<typeof buildMarkSchema>>>;

export const bookmarksRecord = datedMapRecord({
  key: bookmarksKey,
  label: "Bookmarks",
  version: 1,
  item: buildMarkSchema,
});

export function setBookmark(bookmarks: Bookmarks, id: string, marked: boolean, now: Date): Bookmarks {
  return { ...bookmarks, items: { ...bookmarks.items, [id]: { marked, updatedAt: now.toISOString() } } };
}

export const bookmarkedIds = (bookmarks: Bookmarks) =>
  Object.entries(bookmarks.items)
    .filter(([, mark]) => mark.marked)
    .map(([id]) => id);
