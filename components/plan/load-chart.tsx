import "client-only";
import { useId, useState } from "react";
import type { PlanDay } from "@/lib/plan/client";
import { dayLabel } from "./day-label";

const spans = [14, 30] as const;
const width = 640;
const height = 160;
const axis = 18;

const cardsOn = (d: PlanDay) => d.newIds.length + d.reviewIds.length;

/**
 * New and due cards per day as stacked SVG bars, with the same numbers in a table. The interview
 * morning, where every card last reviewed in the run-in comes due, is drawn as an outline that the
 * scale and the busiest day leave out: it is a last look, not planned work.
 */
export function LoadChart({ days, interviewDay }: { days: PlanDay[]; interviewDay: string }) {
  const [span, setSpan] = useState<(typeof spans)[number]>(14);
  const id = useId();
  const shown = days.slice(0, span);
  const planned = shown.filter((d) => d.day !== interviewDay);
  const most = Math.max(1, ...planned.map(cardsOn));
  const slot = width / span;
  const scale = (n: number) => ((height - axis) * Math.min(n, most)) / most;
  const busiest = planned.reduce((a, b) => (cardsOn(b) > cardsOn(a) ? b : a), planned[0] ?? shown[0]!);
  const morning = shown.find((d) => d.day === interviewDay);
  return (
    <figure className="plan-chart">
      <fieldset className="plan-span">
        <legend>Forecast</legend>
        {spans.map((n) => (
          <label key={n}>
            <input type="radio" name={`${id}-span`} checked={span === n} onChange={() => setSpan(n)} /> Next {n} days
          </label>
        ))}
      </fieldset>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-caption`} className="plan-chart-svg">
        {shown.map((d, i) => {
          const reviews = scale(d.reviewIds.length);
          const fresh = scale(d.newIds.length);
          const x = i * slot + slot * 0.15;
          return (
            <g key={d.day}>
              <rect
                x={x}
                y={height - axis - reviews}
                width={slot * 0.7}
                height={reviews}
                className={d === morning ? "plan-bar-look" : "plan-bar-due"}
              />
              <rect
                x={x}
                y={height - axis - reviews - fresh}
                width={slot * 0.7}
                height={fresh}
                className="plan-bar-new"
              />
              {i % 7 === 0 ? (
                <text x={x} y={height - 4} className="plan-chart-label">
                  {dayLabel(d.day).slice(4)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`}>
        Steps a day (questions and follow-ups) over the next {shown.length} days, busiest {dayLabel(busiest.day)} with{" "}
        {cardsOn(busiest)}: <span className="key plan-key-due">due reviews</span>{" "}
        <span className="key plan-key-new">new steps</span>
        {morning ? (
          <>
            {" "}
            <span className="key plan-key-look">
              last look on the interview morning ({morning.reviewIds.length}, drawn to the top)
            </span>
          </>
        ) : null}
      </figcaption>
      <details className="plan-table">
        <summary>Show the forecast as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">New</th>
              <th scope="col">Due</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td>{d.newIds.length}</td>
                <td>{d.reviewIds.length}</td>
                <td>{d.minutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
