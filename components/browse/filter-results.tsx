import type { QuestionStatus } from "@/lib/progress/client";
import type { CatalogEntry } from "@/lib/search";
import { QuestionRow } from "./question-row";

/** The questions that match the filters, from every page of the catalog. */
export function FilterResults({
  results,
  sectionTitles,
}: {
  results: (CatalogEntry & { status: QuestionStatus })[];
  sectionTitles: Record<string, string>;
}) {
  if (results.length === 0) {
    return <p className="notice">No question matches all of these filters. Clear one to see more.</p>;
  }
  return (
    <ul className="question-list">
      {results.map((q) => (
        <QuestionRow key={q.id} question={q} note={sectionTitles[q.section] ?? q.section} status={q.status} muted />
      ))}
    </ul>
  );
}
