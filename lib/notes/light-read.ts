import "client-only";
import type { Area } from "@/lib/storage/client";
import { bookmarksKey, notesKey } from "./keys";

/**
 * Reads one dated map without the validator, for pages that only show notes or bookmarks; saving
 * goes through the full record, loaded when the user first changes something. Never throws;
 * anything malformed reads as empty.
 */
function readItems(area: Area | undefined, key: string): Record<string, Record<string, unknown>> {
  try {
    const items = (JSON.parse(area?.read(key) || "{}") as { items?: unknown }).items;
    return typeof items === "object" && items !== null ? (items as Record<string, Record<string, unknown>>) : {};
  } catch {
    return {};
  }
}

/** The note kept for one question, or "" when there is none. */
export function readNoteLightly(area: Area | undefined, id: string): string {
  const text = readItems(area, notesKey)[id]?.text;
  return typeof text === "string" ? text : "";
}

/** The ids of every bookmarked question. */
export function readBookmarksLightly(area: Area | undefined): string[] {
  return Object.entries(readItems(area, bookmarksKey))
    .filter(([, mark]) => mark?.marked === true)
    .map(([id]) => id);
}

/** Every note kept, by question id; empty notes are left out. */
export function readNotesLightly(area: Area | undefined): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(readItems(area, notesKey))) {
    if (typeof note?.text === "string" && note.text !== "") notes[id] = note.text;
  }
  return notes;
}

/** The ids of every question with a note. */
export const readNotedLightly = (area: Area | undefined): string[] => Object.keys(readNotesLightly(area));
