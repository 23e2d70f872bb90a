import "client-only";
import type { Outline } from "@/lib/deck";
import { sectionMastery, type Progress } from "@/lib/progress/client";

const levels = ["mastered", "learning", "new"] as const;

/** Stacked bars per section, as SVG, with the same numbers in a table for screen readers. */
export function MasteryChart({ outline, progress }: { outline: Outline; progress: Progress }) {
  const rows = outline.sections.map((s) => ({ ...s, counts: sectionMastery(progress, s.questionIds) }));
  const barHeight = 22;
  const labelWidth = 230;
  const width = 640;
  return (
    <figure className="mastery">
      <svg
        viewBox={`0 0 ${width} ${rows.length * (barHeight + 10)}`}
        role="img"
        aria-labelledby="mastery-caption"
        className="mastery-svg"
      >
        {rows.map((row, i) => {
          const total = row.counts.new + row.counts.learning + row.counts.mastered || 1;
          let x = labelWidth;
          return (
            <g key={row.slug} transform={`translate(0 ${i * (barHeight + 10)})`}>
              <text x={0} y={barHeight - 6} className="mastery-label">
                {row.title}
              </text>
              {levels.map((level) => {
                const w = ((width - labelWidth) * row.counts[level]) / total;
                const rect = (
                  <rect key={level} x={x} y={0} width={w} height={barHeight} className={`mastery-${level}`} />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption id="mastery-caption">
        Mastery by section: <span className="key key-mastered">mastered</span>{" "}
        <span className="key key-learning">learning</span> <span className="key key-new">not started</span>
      </figcaption>
      <table className="data-table mastery-table">
        <caption className="visually-hidden">Questions mastered, in progress and not started, per section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Mastered</th>
            <th scope="col">Learning</th>
            <th scope="col">Not started</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row">{row.title}</th>
              <td>{row.counts.mastered}</td>
              <td>{row.counts.learning}</td>
              <td>{row.counts.new}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
