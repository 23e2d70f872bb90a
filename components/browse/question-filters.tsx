"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { difficulties } from "@/lib/content/difficulty";
import { lightStatus, readCardsLightly } from "@/lib/progress/light-read";
import {
  matchesFilters,
  parseFilters,
  serializeFilters,
  statuses,
  type Filters,
  type Known,
} from "@/lib/search/filters";

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
const subscribeToUrl = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

/**
 * Filters the server-rendered list in place. Every filter lives in the URL, so a filtered view can
 * be shared; unknown values are ignored and named in a notice.
 */
export function QuestionFilters({ known, sectionTitles }: { known: Known; sectionTitles: Record<string, string> }) {
  const search = useSyncExternalStore(
    subscribeToUrl,
    () => window.location.search,
    () => "",
  );
  const { filters: fromUrl, ignored } = parseFilters(search, known);
  const [filters, setFilters] = useState<Filters | null>(null);
  const active = filters ?? fromUrl;
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const cards = readCardsLightly(window.localStorage) ?? {};
    const items = document.querySelectorAll<HTMLElement>("[data-question]");
    let count = 0;
    items.forEach((item) => {
      const visible = matchesFilters(
        {
          section: item.dataset.section ?? "",
          difficulty: item.dataset.difficulty ?? "",
          tags: (item.dataset.tags ?? "").split(" "),
          status: lightStatus(cards[item.dataset.question ?? ""]),
        },
        active,
      );
      item.hidden = !visible;
      if (visible) count += 1;
    });
    document.querySelectorAll<HTMLElement>("[data-section-group]").forEach((group) => {
      group.hidden = group.querySelector("[data-question]:not([hidden])") === null;
    });
    // Reporting what the DOM now shows is this effect's job; it has no other source.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(count);
  }, [active]);

  function update(next: Filters) {
    setFilters(next);
    window.history.replaceState(null, "", `${window.location.pathname}${serializeFilters(next)}`);
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
      {group("section", "Section", known.section, (s) => sectionTitles[s] ?? s)}
      {group("difficulty", "Difficulty", difficulties)}
      {group("status", "Your progress", statuses)}
      <details className="tag-picker">
        <summary>Tags {active.tag.length > 0 ? `(${active.tag.length} chosen)` : "(any)"}</summary>
        {known.tag.map((t) => (
          <label key={t} className="choice">
            <input
              type="checkbox"
              checked={active.tag.includes(t)}
              onChange={() => update({ ...active, tag: toggle(active.tag, t) })}
            />
            {t}
          </label>
        ))}
      </details>
      <p role="status" className="filter-count">
        {shown === null ? "" : `Showing ${shown} question${shown === 1 ? "" : "s"}`}{" "}
        {serializeFilters(active) ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() => update({ section: [], difficulty: [], tag: [], status: [] })}
          >
            Clear filters
          </button>
        ) : null}
      </p>
    </div>
  );
}
