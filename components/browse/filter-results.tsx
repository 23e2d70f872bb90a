import { DifficultyBadge } from "@/components/question/difficulty-badge";
import type { CatalogEntry } from "@/lib/search/catalog";
import { questionPath } from "@/lib/site";

/** The questions that match the filters, from every page of the catalog. */
export function FilterResults({
  results,
  sectionTitles,
}: {
  results: CatalogEntry[];
  sectionTitles: Record<string, string>;
}) {
  if (results.length === 0) {
    return <p className="notice">No question matches all of these filters. Clear one to see more.</p>;
  }
  return (
    <ul className="question-list">
      {results.map((q) => (
        <li
          key={q.id}
          data-question={q.id}
          data-section={q.section}
          data-difficulty={q.difficulty}
          data-tags={q.tags.join(" ")}
        >
          <a href={questionPath(q.id)}>{q.title}</a> <DifficultyBadge difficulty={q.difficulty} />
          <p className="muted">{sectionTitles[q.section] ?? q.section}</p>
        </li>
      ))}
    </ul>
  );
}
