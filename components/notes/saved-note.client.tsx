"use client";

import { questionPath } from "@/lib/site";
import { NoteText } from "./note-text";

/** A question's note, read-only, with the way to change it; loaded only where a note exists. */
export function SavedNote({ id, text, headingLevel }: { id: string; text: string; headingLevel: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="saved-note">
      <Heading>Your note</Heading>
      <NoteText text={text} />
      <a href={questionPath(id)}>Edit your note on the question page</a>
    </div>
  );
}
