import "client-only";
import "./heatmap.css";
import { currentRun, heatmapCells, longestRun } from "@/lib/progress/streaks";

const cell = 11;
const gap = 2;
const top = 14;
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Reviews per day over the last year as an SVG calendar, with streaks and a table by month. */
export function ReviewHeatmap({ days, today }: { days: Record<string, number>; today: string }) {
  const cells = heatmapCells(days, today);
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  const months = new Map<string, { days: number; reviews: number }>();
  for (const c of cells) {
    const key = c.day.slice(0, 7);
    const m = months.get(key) ?? { days: 0, reviews: 0 };
    if (c.count > 0) [m.days, m.reviews] = [m.days + 1, m.reviews + c.count];
    months.set(key, m);
  }
  const practised = cells.filter((c) => c.count > 0).length;
  const monthLabel = (key: string) => `${monthNames[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`;
  return (
    <section className="panel" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading" className="panel-title">
        Reviews over the last year
      </h2>
      <ul className="stats">
        <li>
          <strong>{currentRun(days, today)}</strong> day current streak
        </li>
        <li>
          <strong>{longestRun(days)}</strong> day longest streak
        </li>
      </ul>
      <figure className="heatmap">
        <svg
          viewBox={`0 0 ${weeks * (cell + gap)} ${top + 7 * (cell + gap)}`}
          role="img"
          aria-label={`Reviews per day: ${plural(practised, "day")} practised in the last year.`}
          className="heatmap-svg"
        >
          {cells
            .filter((c) => c.day.endsWith("-01") || c === cells[0])
            .map((c) => (
              <text key={`m${c.day}`} x={c.week * (cell + gap)} y={10} className="heatmap-label">
                {monthNames[Number(c.day.slice(5, 7)) - 1]}
              </text>
            ))}
          {cells.map((c) => (
            <rect
              key={c.day}
              x={c.week * (cell + gap)}
              y={top + c.weekday * (cell + gap)}
              width={cell}
              height={cell}
              rx={2}
              className={`heat-${c.level}`}
            />
          ))}
        </svg>
        <figcaption>
          Fewer <span className="key heat-key-1" /> <span className="key heat-key-2" />{" "}
          <span className="key heat-key-3" /> <span className="key heat-key-4" /> more reviews
        </figcaption>
        <details className="heatmap-table">
          <summary>Show reviews by month as a table</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Days practised</th>
                <th scope="col">Reviews</th>
              </tr>
            </thead>
            <tbody>
              {[...months].map(([key, m]) => (
                <tr key={key}>
                  <th scope="row">{monthLabel(key)}</th>
                  <td>{m.days}</td>
                  <td>{m.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
