import type { QuestionStatus } from "@/lib/progress/client";
import "./status-badge.css";

/** What each status means, shown as the badge's tooltip. */
export const statusHints: Record<QuestionStatus, string> = {
  new: "Not practised yet",
  learning: "Practised, not yet due, still being learnt",
  due: "Due for review now",
  mastered: "Remembered for three weeks or more",
};

/**
 * A question's progress badge. Pages render it empty, with its space reserved, and StatusBadges
 * fills it from this browser's progress after hydration, so the HTML never claims a status and
 * nothing moves when it appears. Lists drawn in the browser pass the status straight in.
 */
export function StatusBadge({ id, status }: { id: string; status?: QuestionStatus }) {
  if (!status) return <span className="status-badge" data-status-for={id} />;
  return (
    <span className="status-badge" data-status={status} title={statusHints[status]}>
      <span className="visually-hidden">Your progress: </span>
      {status}
    </span>
  );
}
