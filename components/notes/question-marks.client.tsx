"use client";

import { useEffect, useState } from "react";
import { browserBookmarks, browserNote } from "@/lib/notes/client";
import { useStoredRefresh } from "@/components/shared/client";
import { noteSavedEvent, noteTargetId } from "./note-events";

/** Saving needs the validated records, so their code is loaded on the first change only. */
const saving = () => import("@/lib/notes/client");

const notSaved = { memory: "Bookmarked in this tab only", "read-only": "Not saved: storage is read-only" };

/**
 * The bookmark toggle and the note's state, beside the question's title: a jump link to the note
 * (or to write one) further down the page.
 */
export function QuestionMarks({ id }: { id: string }) {
  const [stored, setStored] = useState<{ hasNote: boolean; marked: boolean } | null>(null);
  const [problem, setProblem] = useState("");
  const refresh = () => {
    setStored({ hasNote: browserNote(id) !== "", marked: browserBookmarks().includes(id) });
  };
  useStoredRefresh(refresh, id);
  // The note panel saves in this tab, which fires no storage event here.
  useEffect(() => {
    window.addEventListener(noteSavedEvent, refresh);
    return () => window.removeEventListener(noteSavedEvent, refresh);
  });
  if (!stored) return null;

  async function toggleBookmark() {
    const marked = !stored!.marked;
    // The button turns only once the bookmark is written, so leaving the page at once loses nothing it showed as kept.
    const mode = await (await saving()).saveBookmark(id, marked);
    setStored((now) => now && { ...now, marked });
    setProblem(mode === "saved" ? "" : notSaved[mode]);
  }

  return (
    <span className="question-marks">
      <button
        type="button"
        className="button-quiet bookmark-toggle"
        aria-pressed={stored.marked}
        onClick={toggleBookmark}
      >
        {stored.marked ? "★ Bookmarked" : "☆ Bookmark"}
      </button>
      <a className="note-jump" href={`#${noteTargetId}`}>
        {stored.hasNote ? "✎ Your note" : "✎ Add a note"}
      </a>
      {problem ? <span role="status">{problem}</span> : null}
    </span>
  );
}
