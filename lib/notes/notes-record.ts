import "client-only";
import * as z from "zod/mini";
import { pastIsoDate, datedMapRecord, type DatedMap } from "@/lib/storage/client";
import { notesKey } from "./keys";
import { maxNoteLength } from "./limits";

/** Personal notes per question: plain text with line breaks and `inline code`, kept in this browser. */
export { maxNoteLength };

function buildNoteSchema() {
  return z.object({
    /** Empty text is a deleted note, kept as a tombstone for merging. */
    text: z.string().check(z.refine((s) => s.length <= maxNoteLength, `must be at most ${maxNoteLength} characters`)),
    updatedAt: pastIsoDate(),
  });
}

export type Note = z.infer<ReturnType<typeof buildNoteSchema>>;
export type Notes = DatedMap<Note>;

export const notesRecord = datedMapRecord({
  key: notesKey,
  label: "Notes",
  version: 1,
  item: buildNoteSchema,
});

export function setNote(notes: Notes, id: string, text: string, now: Date): Notes {
  return {
    ...notes,
    items: { ...notes.items, [id]: { text: text.slice(0, maxNoteLength), updatedAt: now.toISOString() } },
  };
}

/** A note's text, or "" when there is none. */
export const noteText = (notes: Notes, id: string) => notes.items[id]?.text ?? "";
