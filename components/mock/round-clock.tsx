import { designPhases, type PhaseClock } from "@/lib/mock";
import { formatClock } from "./use-now";

/**
 * The design round's clock bar: the current phase with the time left in it, the interview's time
 * left, and the five phases as steps. A phase that runs over turns the warning colour and says so
 * in words; nothing pops up, since the candidate decides when to move on.
 */
export function RoundClock({ phase, overallLeft }: { phase: PhaseClock; overallLeft: number }) {
  const current = designPhases[phase.index]!;
  return (
    <>
      <div className="clocks">
        <p className={`clock${phase.over ? " clock-low" : ""}`}>
          <span>{current.label}</span> <strong data-testid="phase-clock">{formatClock(phase.leftMs)}</strong>
          {phase.over ? <span className="phase-over-word"> over</span> : null}
        </p>
        <p className={`clock${overallLeft <= 60_000 ? " clock-low" : ""}`}>
          <span>Interview</span> <strong data-testid="overall-clock">{formatClock(Math.max(overallLeft, 0))}</strong>
        </p>
        <p className="clock clock-position">
          <span>
            <span className="clock-position-word">Phase </span>
            {phase.index + 1} of {designPhases.length}
          </span>
        </p>
      </div>
      <ol className="phase-steps" aria-label="Phases of the round">
        {designPhases.map((p, i) => (
          <li
            key={p.id}
            className={i < phase.index ? "phase-done" : i === phase.index ? "phase-now" : undefined}
            aria-current={i === phase.index ? "step" : undefined}
          >
            <span className="phase-step-name">{p.label}</span>{" "}
            <span className="phase-step-minutes">{p.minutes} min</span>
          </li>
        ))}
      </ol>
      {phase.over ? (
        <p className="phase-over" data-testid="phase-over">
          {current.label} has run {formatClock(-phase.leftMs).replace("+", "")} past its {current.minutes} minutes.
          {phase.last ? " Wrap up when you are ready." : " Move on when you reach a natural break."}
        </p>
      ) : null}
    </>
  );
}
