/** What search says when nothing matches: how to widen the query, and where to browse instead. */
export function SearchEmpty({ sections, query }: { sections: { slug: string; title: string }[]; query: string }) {
  const words = query.trim().split(/\s+/).length;
  return (
    <div className="search-empty">
      <p>
        No question matches “{query.trim()}”.{" "}
        {words > 1 ? "Try fewer words, or check their spelling." : "Check the spelling, or try a broader word."}
      </p>
      <p>Or browse a section:</p>
      <ul className="search-empty-sections">
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={`/questions?section=${encodeURIComponent(s.slug)}`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
