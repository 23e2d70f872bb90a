import { shortInterval } from "@/lib/practice";
import type { GradingMode, Rating } from "@/lib/progress/client";

const four: { rating: Rating; label: string; key: string }[] = [
  { rating: "again", label: "Again", key: "1" },
  { rating: "hard", label: "Hard", key: "2" },
  { rating: "good", label: "Good", key: "3" },
  { rating: "easy", label: "Easy", key: "4" },
];
const passFail: { rating: Rating; label: string; key: string }[] = [
  { rating: "again", label: "Missed it", key: "1" },
  { rating: "good", label: "Got it", key: "3" },
];

/** What a grade's button says in the given mode; Hard counts as a miss when there are only two. */
export function gradeButtonLabel(rating: Rating, grading: GradingMode): string {
  if (grading === "four") return four.find((g) => g.rating === rating)?.label ?? rating;
  return (
    passFail.find((g) => g.rating === (rating === "hard" ? "again" : rating === "easy" ? "good" : rating)) ??
    passFail[0]!
  ).label;
}

export function gradeForKey(key: string, grading: GradingMode): Rating | undefined {
  return (grading === "four" ? four : passFail).find((g) => g.key === key)?.rating;
}

/** Again/Hard/Good/Easy, or a pass/fail pair that maps onto Again and Good; each says when the card returns. */
export function GradeButtons({
  grading,
  onGrade,
  due,
}: {
  grading: GradingMode;
  onGrade: (r: Rating) => void;
  /** How long each grade would keep the card away (ms); absent, the buttons show no interval. */
  due?: (rating: Rating) => number;
}) {
  const options = grading === "four" ? four : passFail;
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you answer?">
      {options.map((o) => (
        <button key={o.rating} type="button" className={`grade grade-${o.rating}`} onClick={() => onGrade(o.rating)}>
          {o.label}
          {due ? ` · ${shortInterval(due(o.rating))}` : ""} <kbd>{o.key}</kbd>
        </button>
      ))}
    </div>
  );
}
