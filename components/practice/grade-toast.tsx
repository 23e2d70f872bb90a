import type { Rating } from "@/lib/progress/client";

const names: Record<Rating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

/** "Graded Good · Undo" for a few seconds after each grade; the status role reads it out, and Undo is a real button. */
export function GradeToast({ rating, onUndo }: { rating: Rating | null; onUndo: () => void }) {
  return (
    <div role="status" aria-live="polite" className="grade-toast-region">
      {rating ? (
        <p className="grade-toast">
          Graded {names[rating]} ·
          <button type="button" className="button-quiet" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}
