import { DifficultyBadge, KindBadge, StatusBadge } from "@/components/question";
import type { QuestionStatus } from "@/lib/progress/client";
import type { CatalogEntry } from "@/lib/search";
import { questionPath } from "@/lib/site";

/**
 * One question in the all-questions list, server-rendered or drawn from the catalog. The data
 * attributes name what the filters match on. Rows drawn in the browser know their status; the
 * server's rows leave the badge for StatusBadges to fill.
 */
export function QuestionRow({
  question: q,
  note,
  muted,
  status,
}: {
  /** Rows never show the track, so the server's rows can pass a question as it is. */
  question: Omit<CatalogEntry, "track">;
  note: string;
  muted?: boolean;
  status?: QuestionStatus;
}) {
  return (
    <li data-question={q.id} data-section={q.section} data-difficulty={q.difficulty} data-tags={q.tags.join(" ")}>
      <a href={questionPath(q.id)}>{q.title}</a> <KindBadge kind={q.kind} />{" "}
      <DifficultyBadge difficulty={q.difficulty} /> <StatusBadge id={q.id} status={status} />
      <p className={muted ? "muted" : undefined}>{note}</p>
    </li>
  );
}
