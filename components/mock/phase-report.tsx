import type { MockRecord } from "@/lib/mock/client";
import { outlineByPhase, phaseLabel } from "@/lib/mock";
import { headingIds } from "@/lib/mdx";
import { questionPath } from "@/lib/site";
import { formatClock } from "./use-now";

type RoundQuestion = Pick<MockRecord["questions"][number], "id" | "followUpsReached" | "followUpsAvailable"> & {
  phases: NonNullable<MockRecord["questions"][number]["phases"]>;
};

/**
 * A design round's time per phase, planned against actual, beside the sections of the model
 * answer each phase covers. Shared by the live report and a stored one; `outline` is the answer's
 * `###` headings: undefined while they load, null when they cannot be had.
 */
export function PhaseReport({ question, outline }: { question: RoundQuestion; outline: string[] | null | undefined }) {
  const byPhase = outline ? outlineByPhase(outline) : null;
  // Ids come from the whole outline in order, as the question page makes them (a repeat is numbered).
  const ids = new Map<string, string>();
  if (outline) headingIds(question.id, outline).forEach((id, i) => ids.has(outline[i]!) || ids.set(outline[i]!, id));
  return (
    <section className="panel phase-report" aria-labelledby="phase-report-title">
      <h3 id="phase-report-title" className="panel-title">
        Time per phase
      </h3>
      <table className="data-table phase-table">
        <thead>
          <tr>
            <th scope="col">Phase, and what the model answer covers in it</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {question.phases.map((p) => {
            const over = p.usedMs !== null && p.usedMs > p.plannedMs;
            const headings = byPhase?.[p.id] ?? [];
            return (
              <tr key={p.id} data-phase={p.id}>
                <th scope="row">
                  <span className="phase-name">{phaseLabel(p.id)}</span>
                  <span className="phase-outline">
                    {headings.map((heading, i) => (
                      <span key={heading}>
                        {i > 0 ? " · " : null}
                        <a href={`${questionPath(question.id)}#${ids.get(heading)}`}>{heading}</a>
                      </span>
                    ))}
                    {p.id === "deep-dive"
                      ? `${headings.length > 0 ? " · " : ""}follow-ups: ${question.followUpsReached} of ${question.followUpsAvailable} asked`
                      : null}
                  </span>
                </th>
                <td className="report-time">{formatClock(p.plannedMs)}</td>
                <td className={`report-time${over ? " phase-time-over" : ""}`} data-testid={`phase-actual-${p.id}`}>
                  {p.usedMs === null ? "not reached" : formatClock(p.usedMs)}
                  {over ? <span className="phase-overrun"> ({formatClock(p.usedMs! - p.plannedMs)} over)</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {outline === null ? <p className="muted">The model answer’s sections are not available.</p> : null}
    </section>
  );
}
