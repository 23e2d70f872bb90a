import { noteLines } from "@/lib/notes";

/** A note as text: its line breaks kept and `code` runs in <code>. React escapes every part. */
export function NoteText({ text }: { text: string }) {
  return (
    <p className="note-text">
      {noteLines(text).map((parts, line) => (
        <span key={line}>
          {line > 0 ? <br /> : null}
          {parts.map((part, i) => (part.code ? <code key={i}>{part.text}</code> : part.text))}
        </span>
      ))}
    </p>
  );
}
