"use client";

import { lazy, Suspense, useState } from "react";
import { readNoteLightly } from "@/lib/notes/light-read";
import { openArea } from "@/lib/storage/areas";
// Imported here, not in the lazy chunk, so the page's stylesheet carries it and no CSS loader ships.
import "./notes.css";

const SavedNote = lazy(() => import("./saved-note.client").then((m) => ({ default: m.SavedNote })));

/**
 * Shows the user's note on a question where one exists. The check is a light read; the code that
 * draws the note loads only when there is one, so pages without notes pay almost nothing.
 */
export function LazySavedNote({ id, headingLevel }: { id: string; headingLevel: 3 | 4 }) {
  const [text] = useState(() => readNoteLightly(openArea("local"), id));
  if (!text) return null;
  return (
    <Suspense fallback={null}>
      <SavedNote id={id} text={text} headingLevel={headingLevel} />
    </Suspense>
  );
}
