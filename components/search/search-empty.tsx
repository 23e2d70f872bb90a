import MiniSearch from "minisearch";
import type { SearchDoc, StoredDoc } from "@/lib/search/options";

/** Every section in the index, in track order (the index holds questions in track order). */
function sectionsOf(index: MiniSearch<SearchDoc>): { slug: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const doc of index.search(MiniSearch.wildcard) as unknown as StoredDoc[]) {
    if (!seen.has(doc.section)) seen.set(doc.section, doc.sectionTitle);
  }
  return [...seen].map(([slug, title]) => ({ slug, title }));
}

/** What search says when nothing matches: how to widen the query, and where to browse instead. */
export function SearchEmpty({ index, query }: { index: MiniSearch<SearchDoc>; query: string }) {
  const words = query.trim().split(/\s+/).length;
  return (
    <div className="search-empty">
      <p>
        No question matches “{query.trim()}”.{" "}
        {words > 1 ? "Try fewer words, or check their spelling." : "Check the spelling, or try a broader word."}
      </p>
      <p>Or browse a section:</p>
      <ul className="search-empty-sections">
        {sectionsOf(index).map((s) => (
          <li key={s.slug}>
            <a href={`/questions?section=${encodeURIComponent(s.slug)}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
