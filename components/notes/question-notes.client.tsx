"use client";

import { useState } from "react";
import { browserNote } from "@/lib/notes/client";
import { maxNoteLength } from "@/lib/notes";
import { useStoredRefresh } from "@/components/shared/client";
import { noteSavedEvent, noteTargetId } from "./note-events";
import { NoteText } from "./note-text";

/** Saving needs the validated records, so their code is loaded on the first change only. */
const saving = () => import("@/lib/notes/client");

const savedWhere = { saved: "Saved", memory: "Saved in this tab only", "read-only": "Not saved: storage is read-only" };

/** The personal note for one question (its bookmark sits by the title, in QuestionMarks); another tab's changes show up here too. */
export function QuestionNotes({ id, title }: { id: string; title: string }) {
  const [stored, setStored] = useState<{ note: string } | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  useStoredRefresh(() => {
    setStored({ note: browserNote(id) });
  }, id);
  if (!stored) return null;

  async function save() {
    const note = draft ?? "";
    setStored({ note: note.trim() === "" ? "" : note });
    setDraft(null);
    setStatus(savedWhere[await (await saving()).saveNote(id, note)]);
    window.dispatchEvent(new Event(noteSavedEvent));
  }

  return (
    <section className="panel question-notes" aria-labelledby={noteTargetId}>
      <h2 className="panel-title" id={noteTargetId}>
        Your note
      </h2>
      {draft === null ? (
        <>
          {stored.note ? <NoteText text={stored.note} /> : <p className="note-empty">No note yet.</p>}
          <button type="button" className="button-quiet" onClick={() => setDraft(stored.note)}>
            {stored.note ? "Edit note" : "Write a note"}
          </button>
        </>
      ) : (
        <>
          <label className="visually-hidden" htmlFor="note-editor">
            Your note on {title}
          </label>
          <textarea
            id="note-editor"
            className="note-editor"
            value={draft}
            maxLength={maxNoteLength}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <p className="note-actions">
            <button type="button" className="button-quiet" onClick={save}>
              Save note
            </button>
            <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <span className="note-hint">Plain text; put `code` between backticks.</span>
          </p>
        </>
      )}
      <p role="status" className="note-status">
        {status}
      </p>
    </section>
  );
}
