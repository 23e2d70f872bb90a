import { difficulties } from "@/lib/content";
import type { Question } from "@/lib/content/server";

/** A stacked bar and a text line saying how many questions of each difficulty a section has. */
export function DifficultyMix({ questions }: { questions: Question[] }) {
  const counts = difficulties.map((d) => ({ d, n: questions.filter((q) => q.difficulty === d).length }));
  const total = questions.length || 1;
  const present = counts.filter((c) => c.n > 0);
  const segments = present.map((c, i) => ({
    d: c.d,
    x: (100 * present.slice(0, i).reduce((sum, p) => sum + p.n, 0)) / total,
    width: (100 * c.n) / total,
  }));
  const text = present.map((c) => `${c.n} ${c.d}`).join(" · ");
  return (
    <div className="mix">
      {/* SVG geometry is attributes, not inline styles, so the CSP can forbid style attributes. */}
      <svg className="mix-bar" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none">
        {segments.map((s) => (
          <rect key={s.d} className={`mix-${s.d}`} x={s.x} width={s.width} height="1" />
        ))}
      </svg>
      <p className="mix-text">{text}</p>
    </div>
  );
}
