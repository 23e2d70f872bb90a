import { difficulties } from "@/lib/content/difficulty";
import type { Question } from "@/lib/content/load";

/** A stacked bar and a text line saying how many questions of each difficulty a section has. */
export function DifficultyMix({ questions }: { questions: Question[] }) {
  const counts = difficulties.map((d) => ({ d, n: questions.filter((q) => q.difficulty === d).length }));
  const total = questions.length || 1;
  const text = counts
    .filter((c) => c.n > 0)
    .map((c) => `${c.n} ${c.d}`)
    .join(" · ");
  return (
    <div className="mix">
      <div className="mix-bar" aria-hidden="true">
        {counts.map((c) =>
          c.n > 0 ? <span key={c.d} className={`mix-${c.d}`} style={{ flexGrow: c.n / total }} /> : null,
        )}
      </div>
      <p className="mix-text">{text}</p>
    </div>
  );
}
