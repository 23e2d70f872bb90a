"use client";

import { browserNote } from "@/lib/notes/client";
import { questionPath } from "@/lib/site";
import { NoteText } from "./note-text";

/** A question's note, read-only, with the way to change it; nothing when there is no note. */
// A default export, so the lazy import needs no wrapper to name it.
export default function SavedNote({ id, headingLevel = 3 }: { id: string; headingLevel?: 3 | 4 }) {
  const text = browserNote(id);
  if (!text) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="saved-note">
      <Heading>Your note</Heading>
      <NoteText text={text} />
      <a href={questionPath(id)}>Edit your note on the question page</a>
    </div>
  );
}
