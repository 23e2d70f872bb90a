"use client";

import MiniSearch from "minisearch";
import { useEffect, useRef, useState } from "react";
import {
  indexOptions,
  querySearchOptions,
  searchIndexPath,
  type SearchDoc,
  type StoredDoc,
} from "@/lib/search/options";
import { rankedSearch, type RankedHit } from "@/lib/search/rank";
import { highlight, snippetFor, type Part } from "@/lib/search/snippet";
import { SearchEmpty } from "./search-empty";

let indexPromise: Promise<MiniSearch<SearchDoc>> | undefined;

function loadIndex() {
  indexPromise ??= fetch(searchIndexPath)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json) => MiniSearch.loadJSON<SearchDoc>(json, indexOptions));
  return indexPromise;
}

type Hit = RankedHit & StoredDoc;

function Highlighted({ parts }: { parts: Part[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/** A modal combobox: type, move with the arrow keys, Enter opens the question, Escape closes. */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
    loadIndex().then(setIndex, () => setFailed(true));
  }, []);

  const ranked = index ? rankedSearch(index, query, querySearchOptions) : { hits: [], partial: false };
  const results = ranked.hits as Hit[];
  const current = results[Math.min(active, results.length - 1)];
  const open = (hit: Hit | undefined) => {
    // Pages are static HTML; a plain navigation is all it takes and keeps the router out of the bundle.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (hit) window.location.assign(`/q/${hit.id}`);
  };

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) =>
        results.length === 0 ? 0 : (Math.min(a, results.length - 1) + step + results.length) % results.length,
      );
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(current);
    } else if (event.key === "Escape") {
      // A search input would spend the first Escape clearing itself; close at once instead.
      event.preventDefault();
      dialog.current?.close();
    }
  }

  return (
    <dialog ref={dialog} className="dialog search-dialog" aria-labelledby="search-title" onClose={onClose}>
      <h2 id="search-title" className="visually-hidden">
        Search questions
      </h2>
      <input
        className="search-input"
        type="search"
        role="combobox"
        aria-label="Search questions"
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-activedescendant={current ? `result-${current.id}` : undefined}
        placeholder="Search: backpressure, JWT refresh, event loop…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="search-status" role="status">
        {failed
          ? "Search could not load. Browse all questions instead."
          : !index
            ? "Loading…"
            : query.trim()
              ? `${results.length} result${results.length === 1 ? "" : "s"}${
                  ranked.partial ? ": no question has every word, so these are the closest" : ""
                }`
              : ""}
      </p>
      {index && query.trim() && results.length === 0 ? <SearchEmpty index={index} query={query} /> : null}
      <ul id="search-results" role="listbox" aria-label="Results" className="search-results">
        {results.map((hit) => {
          const terms = hit.terms;
          const fields = new Set(Object.values(hit.match).flat());
          const snippet = snippetFor(hit, fields, terms);
          return (
            <li
              key={hit.id}
              id={`result-${hit.id}`}
              role="option"
              aria-selected={hit === current}
              className="search-result"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => open(hit)}
            >
              <span className="search-result-title">
                <Highlighted parts={highlight(hit.title, terms)} />
              </span>
              <span className="search-result-meta">
                {hit.sectionTitle} · {hit.difficulty}
                {snippet.where ? ` · matched ${snippet.where}` : ""}
              </span>
              <span className="search-result-snippet">
                <Highlighted parts={highlight(snippet.text, terms)} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="search-footer">
        <a href="/questions">Browse all questions</a> · <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open,{" "}
        <kbd>Esc</kbd> to close
      </p>
    </dialog>
  );
}
