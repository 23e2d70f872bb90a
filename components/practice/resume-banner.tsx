import { stepsLeft, type Session } from "@/lib/practice/client";

/**
 * Shown when the address names a scope (or none) while another session is in progress: the address
 * wins, and the session is one click away.
 */
export function ResumeBanner({
  session,
  onResume,
  onStart,
  startLabel,
}: {
  session: Session;
  onResume: () => void;
  /** Absent when the set-up form below is the way to start. */
  onStart?: () => void;
  startLabel: string;
}) {
  const left = stepsLeft(session);
  return (
    <div className="notice resume-banner" role="status">
      <p>You have a practice session in progress.</p>
      <p className="button-row">
        <button type="button" className="button-primary" onClick={onResume}>
          Resume your session ({left} left)
        </button>{" "}
        {onStart ? (
          <button type="button" className="button-quiet" onClick={onStart}>
            {startLabel}
          </button>
        ) : (
          <span>or {startLabel.toLowerCase()} below.</span>
        )}
      </p>
    </div>
  );
}
