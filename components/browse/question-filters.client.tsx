"use client";

import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { difficulties } from "@/lib/content";
import { browserCards, siteDataReadable, statusReader } from "@/lib/progress/client";
import { browserBookmarks, browserNoted } from "@/lib/notes/client";
import { practiceQuestionsPath } from "@/lib/site";
import {
  emptyFilters,
  matchesFilters,
  parseFilters,
  serializeFilters,
  savedValues,
  statuses,
  type Filters,
  type Known,
} from "@/lib/search/client";
import { FilterResults } from "./filter-results";

const savedLabels: Record<string, string> = { bookmarked: "Bookmarked", noted: "Has a note" };
import { TagPicker } from "./tag-picker";
import { useCatalog } from "./use-catalog";

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
const subscribeToUrl = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

/**
 * With no filter, the server-rendered page of the list shows. Choosing a filter loads the catalog
 * of every question (all pages) and lists the matches in its place. Every filter lives in the URL,
 * so a filtered view can be shared; unknown values are ignored and named in a notice.
 */
export function QuestionFilters({
  known,
  sectionTitles,
  trackTitles,
  tagTitles,
  total,
}: {
  known: Known;
  sectionTitles: Record<string, string>;
  trackTitles: Record<string, string>;
  /** Known tags arrive in picker order; this maps each slug to the title shown. */
  tagTitles: Record<string, string>;
  total: number;
}) {
  const search = useSyncExternalStore(
    subscribeToUrl,
    () => window.location.search,
    () => "",
  );
  const { filters: fromUrl, ignored } = parseFilters(search, known);
  // Chosen filters, until Back or Forward moves the address to another entry.
  const [filters, setFilters] = useState<{ search: string; value: Filters } | null>(null);
  const active = filters?.search === search ? filters.value : fromUrl;
  const filtering = serializeFilters(active) !== "";
  const chosenCount = Object.values(active).reduce((n, list) => n + list.length, 0);
  // On phones the filters fold away behind one button so the results come first; CSS shows them
  // always on wider screens, where the button is hidden.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { catalog, error } = useCatalog(filtering);
  // Only reached in the browser: on the server and while hydrating, `filtering` is false.
  const cards = filtering && catalog ? (browserCards() ?? {}) : null;
  const statusOf = cards ? statusReader(cards, new Date()) : null;
  const bookmarked = new Set(cards ? browserBookmarks() : []);
  const noted = new Set(cards ? browserNoted() : []);
  const results =
    catalog && statusOf
      ? catalog
          .map((q) => ({ ...q, status: statusOf(q.id), bookmarked: bookmarked.has(q.id), noted: noted.has(q.id) }))
          .filter((q) => matchesFilters(q, active))
      : null;

  // The server-rendered page stands aside as soon as a filter is on, so unfiltered rows never show
  // while the catalog loads.
  useEffect(() => {
    const page = document.querySelector<HTMLElement>("[data-catalog-page]");
    if (page) page.hidden = filtering;
  }, [filtering]);

  function update(next: Filters) {
    // Each change is its own history entry, so Back steps through filters before leaving the page.
    window.history.pushState(null, "", `${window.location.pathname}${serializeFilters(next)}`);
    setFilters({ search: window.location.search, value: next });
  }

  const group = (key: keyof Filters, legend: string, values: readonly string[], label = (v: string) => v) => (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="choice">
          <input
            type="checkbox"
            checked={active[key].includes(v)}
            onChange={() => update({ ...active, [key]: toggle(active[key], v) })}
          />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="filters">
      {ignored.length > 0 ? (
        <p className="notice" role="status">
          Ignored unknown filter{ignored.length === 1 ? "" : "s"}: {ignored.slice(0, 5).join(", ")}
          {ignored.length > 5 ? ` and ${ignored.length - 5} more` : ""}.
        </p>
      ) : null}
      {active.status.length > 0 && cards !== null && !siteDataReadable() ? (
        <p className="notice" role="status">
          This browser blocks site data, so your progress cannot be read here and every question counts as new.
        </p>
      ) : null}
      <div className="filter-bar">
        <button
          type="button"
          className="button-quiet filter-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Filters{chosenCount > 0 ? ` (${chosenCount})` : ""}
        </button>
        <p role="status" className="filter-count">
          {error ??
            (filtering && !results
              ? "Loading the question list…"
              : `Showing ${results?.length ?? total} of ${total} question${total === 1 ? "" : "s"}`)}{" "}
          {filtering ? (
            <button type="button" className="button-quiet" onClick={() => update(emptyFilters())}>
              Clear filters
            </button>
          ) : null}
        </p>
      </div>
      <div id={panelId} className="filter-panel" data-open={open ? "" : undefined}>
        {/* With one track there is nothing to pick; a valid ?track= still filters. */}
        {known.track.length > 1 ? group("track", "Track", known.track, (t) => trackTitles[t] ?? t) : null}
        {group("section", "Section", known.section, (s) => sectionTitles[s] ?? s)}
        {group("difficulty", "Difficulty", difficulties)}
        {group("status", "Your progress", statuses)}
        {group("saved", "Saved", savedValues, (v) => savedLabels[v] ?? v)}
        <TagPicker
          tags={known.tag}
          titles={tagTitles}
          chosen={active.tag}
          onToggle={(t) => update({ ...active, tag: toggle(active.tag, t) })}
        />
      </div>
      {active.saved.length > 0 && results && results.length > 0 ? (
        <p>
          {/* A list of ids, not a "bookmarked" option, so the practice page needs no code to read bookmarks. */}
          <a href={practiceQuestionsPath(results.map((q) => q.id))}>
            {active.saved.length === 1 && active.saved[0] === "bookmarked"
              ? "Practise these bookmarked questions"
              : "Practise these questions"}
          </a>
        </p>
      ) : null}
      {results ? <FilterResults results={results} sectionTitles={sectionTitles} /> : null}
    </div>
  );
}
