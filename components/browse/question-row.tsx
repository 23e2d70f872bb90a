import { DifficultyBadge } from "@/components/question/difficulty-badge";
import type { CatalogEntry } from "@/lib/search/catalog";
import { questionPath } from "@/lib/site";

/**
 * One question in the all-questions list, server-rendered or drawn from the catalog. The data
 * attributes name what the filters match on.
 */
export function QuestionRow({ question: q, note, muted }: { question: CatalogEntry; note: string; muted?: boolean }) {
  return (
    <li data-question={q.id} data-section={q.section} data-difficulty={q.difficulty} data-tags={q.tags.join(" ")}>
      <a href={questionPath(q.id)}>{q.title}</a> <DifficultyBadge difficulty={q.difficulty} />
      <p className={muted ? "muted" : undefined}>{note}</p>
    </li>
  );
}
