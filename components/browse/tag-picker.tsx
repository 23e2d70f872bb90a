import "client-only";
import { useId, useState } from "react";

/**
 * About two hundred tags are too many to scroll through as checkboxes, on a phone above all: a
 * search box narrows the list, and the chosen tags stay on top so they can be removed at once.
 */
export function TagPicker({
  tags,
  titles,
  chosen,
  onToggle,
}: {
  /** Every known tag slug, in picker order. */
  tags: readonly string[];
  titles: Record<string, string>;
  chosen: readonly string[];
  onToggle: (slug: string) => void;
}) {
  const [query, setQuery] = useState("");
  const inputId = useId();
  const title = (slug: string) => titles[slug] ?? slug;
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (slug: string) => words.every((w) => `${title(slug)} ${slug}`.toLowerCase().includes(w));
  const shown = [...chosen.filter((t) => tags.includes(t)), ...tags.filter((t) => !chosen.includes(t) && matches(t))];
  return (
    <details className="tag-picker">
      <summary>Tags {chosen.length > 0 ? `(${chosen.length} chosen)` : "(any)"}</summary>
      <label className="tag-search-label" htmlFor={inputId}>
        Find a tag
      </label>
      <input
        id={inputId}
        type="search"
        className="tag-search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="tag-options">
        {shown.map((t) => (
          <label key={t} className="choice">
            <input type="checkbox" checked={chosen.includes(t)} onChange={() => onToggle(t)} />
            {title(t)}
          </label>
        ))}
        {shown.length === chosen.length && words.length > 0 ? (
          <p className="muted">No other tag matches “{query.trim()}”.</p>
        ) : null}
      </div>
    </details>
  );
}
