"use client";

import { useEffect, useId, useRef, useState } from "react";
import { getBookmarksStore, getNotesStore, bookmarkedIds } from "@/lib/notes/client";
import { getBrowserStore, questionOfKey } from "@/lib/progress/client";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Says exactly what a reset erases before it happens: progress always, and the plan, notes and
 * bookmarks only when ticked.
 */
export function ResetForm({ onReset, onCancel }: { onReset: (chosen: string[]) => void; onCancel: () => void }) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const title = useRef<HTMLParagraphElement>(null);
  // The button that opened the form is gone; reading starts at what the reset erases.
  useEffect(() => title.current?.focus(), []);
  const progress = getBrowserStore().getSnapshot().value;
  const notes = Object.values(getNotesStore().getSnapshot().value.items).filter((n) => n.text !== "").length;
  const marks = bookmarkedIds(getBookmarksStore().getSnapshot().value).length;
  // Pages count questions (README "Words we use"); a follow-up's card belongs to its question.
  const questions = new Set(Object.keys(progress.cards).map(questionOfKey)).size;
  const grades = progress.log.filter((r) => !r.undone).length;
  const extras = [
    { name: "plan", label: "Your interview plan (date, scope, daily time and FSRS parameters)" },
    { name: "notes", label: `Your notes (${plural(notes, "note")})` },
    { name: "bookmarks", label: `Your bookmarks (${plural(marks, "bookmark")})` },
  ];
  const toggle = (name: string, on: boolean) => setChosen((c) => (on ? [...c, name] : c.filter((n) => n !== name)));
  return (
    <form
      className="reset-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onReset(chosen);
      }}
    >
      <p id={`${id}-title`} ref={title} tabIndex={-1}>
        <strong>Reset erases your practice progress in this browser:</strong> {plural(questions, "question")} started,{" "}
        {plural(grades, "grade")} in the log, and the grading setting. A copy is kept under Backups, and you can undo
        it.
      </p>
      <fieldset>
        <legend>Also erase</legend>
        {extras.map((extra) => (
          <label key={extra.name} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(extra.name)}
              onChange={(e) => toggle(extra.name, e.currentTarget.checked)}
            />{" "}
            {extra.label}
          </label>
        ))}
      </fieldset>
      <p className="data-buttons">
        <button type="submit" className="button-danger">
          Erase
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
