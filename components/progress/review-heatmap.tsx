import "client-only";
import "./heatmap.css";
import { currentRun, heatmapCells, longestRun } from "@/lib/progress/client";

const cell = 11;
const gap = 2;
const top = 14;
/** Room on the left for the weekday labels. */
const left = 22;
/** Rows run Sunday to Saturday (lib/progress/streaks.ts). */
const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** 0 for Sunday to 6 for Saturday, for a YYYY-MM-DD day. */
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

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
  const practisedDays = cells.filter((c) => c.count > 0).reverse();
  const practised = practisedDays.length;
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
          viewBox={`0 0 ${left + weeks * (cell + gap)} ${top + 7 * (cell + gap)}`}
          role="img"
          aria-label={`Reviews per day: ${plural(practised, "day")} practised in the last year.`}
          className="heatmap-svg"
        >
          {cells
            .filter((c) => c.day.endsWith("-01") || c === cells[0])
            .map((c) => (
              <text key={`m${c.day}`} x={left + c.week * (cell + gap)} y={10} className="heatmap-label">
                {monthNames[Number(c.day.slice(5, 7)) - 1]}
              </text>
            ))}
          {/* Every other row is labelled, as the rows are too close for seven labels to read. */}
          {[1, 3, 5].map((d) => (
            <text key={`d${d}`} x={0} y={top + d * (cell + gap) + cell - 2} className="heatmap-label">
              {weekdayNames[d]}
            </text>
          ))}
          {cells.map((c) => (
            <rect
              key={c.day}
              x={left + c.week * (cell + gap)}
              y={top + c.weekday * (cell + gap)}
              width={cell}
              height={cell}
              rx={2}
              className={`heat-${c.level}`}
            >
              <title>{`${c.day}: ${plural(c.count, "review")}`}</title>
            </rect>
          ))}
        </svg>
        <figcaption>
          Fewer <span className="key heat-key-1" /> <span className="key heat-key-2" />{" "}
          <span className="key heat-key-3" /> <span className="key heat-key-4" /> more reviews
        </figcaption>
        <details className="heatmap-table">
          <summary>Show reviews by day as a table</summary>
          {practisedDays.length === 0 ? (
            <p>No reviews yet.</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Reviews on each day practised</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Reviews</th>
                </tr>
              </thead>
              <tbody>
                {practisedDays.map((c) => (
                  <tr key={c.day}>
                    <th scope="row">
                      {weekdayNames[weekdayOf(c.day)]} {c.day}
                    </th>
                    <td>{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
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
