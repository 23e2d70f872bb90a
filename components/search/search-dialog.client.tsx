"use client";

import { useEffect, useRef, useState } from "react";
import { browserNotes } from "@/lib/notes/client";
import {
  searchNotes,
  rankedSearch,
  ShardedIndex,
  type ShardHit,
  optionsFor,
  searchShards,
  type ShardResults,
} from "@/lib/search";
import { fetchJson, trackOfPage, highlight, snippetFor, type Part } from "@/lib/search/client";
import { SearchEmpty } from "./search-empty";

let indexPromise: Promise<ShardedIndex> | undefined;

function loadIndex() {
  indexPromise ??= ShardedIndex.open(fetchJson);
  // A failed head is forgotten, so opening search again retries.
  indexPromise.catch(() => (indexPromise = undefined));
  return indexPromise;
}

function Highlighted({ parts }: { parts: Part[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

const noResults: ShardResults & { query: string } = { hits: [], partial: false, query: "" };

/** A modal combobox: type, move with the arrow keys, Enter opens the question, Escape closes. */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const latest = useRef(0);
  const [index, setIndex] = useState<ShardedIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [shardError, setShardError] = useState(false);
  const [query, setQuery] = useState("");
  const [ranked, setRanked] = useState(noResults);
  const [active, setActive] = useState(0);
  const [allTracks, setAllTracks] = useState(false);
  // Notes are read once per opening and searched here: they never leave the browser.
  const [notes] = useState(() => browserNotes());

  useEffect(() => {
    dialog.current?.showModal();
    loadIndex().then(setIndex, () => setFailed(true));
  }, []);

  const head = index?.head;
  const pageTrack = head
    ? trackOfPage(window.location.pathname, head.tracks, (id) => {
        const doc = head.docs.find((d) => d[0] === id);
        return doc ? head.tracks[head.sections[doc[2]]![2]] : undefined;
      })
    : undefined;
  const track = allTracks ? undefined : pageTrack;

  useEffect(() => {
    if (!index) return;
    const asked = ++latest.current;
    if (!query.trim()) return;
    searchShards(index, query, { track }).then(
      (result) => {
        if (asked !== latest.current) return;
        setShardError(false);
        setRanked({ ...result, query });
      },
      () => {
        if (asked !== latest.current) return;
        // Titles are in the head, so a missing shard still leaves title matches to show.
        const fallback = rankedSearch(index, query, optionsFor(track));
        setShardError(true);
        setRanked({ hits: fallback.hits as ShardHit[], partial: fallback.partial, query });
      },
    );
  }, [index, query, track]);

  // Hits stay on screen while the next query's shards load, and go when the box is cleared.
  const results = query.trim() ? ranked.hits : [];
  const current = results[Math.min(active, results.length - 1)];
  const open = (hit: ShardHit | undefined) => {
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

  const answered = query.trim() !== "" && ranked.query === query;
  const noteHits = query.trim() ? searchNotes(notes, query, (id) => head?.docs.find((d) => d[0] === id)?.[1]) : [];
  const sections = (head?.sections ?? [])
    .filter(([, , t]) => !track || head?.tracks[t] === track)
    .map(([slug, title]) => ({ slug, title }));

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
      {/* Phones have no Escape key, and there the dialog fills the screen. */}
      <button type="button" className="button-quiet search-close" onClick={() => dialog.current?.close()}>
        Close
      </button>
      <p className="search-status" role="status">
        {failed
          ? "Search could not load. Browse all questions instead."
          : !index
            ? "Loading…"
            : answered
              ? `${results.length} result${results.length === 1 ? "" : "s"}${
                  ranked.partial ? ": no question has every word, so these are the closest" : ""
                }${shardError ? ". Part of the search index could not load, so these results may be incomplete." : ""}`
              : ""}
      </p>
      {answered && results.length === 0 && noteHits.length === 0 ? (
        <SearchEmpty sections={sections} query={query} />
      ) : null}
      <ul id="search-results" role="listbox" aria-label="Results" className="search-results">
        {results.map((hit) => {
          const terms = hit.terms;
          const fields = new Set(Object.values(hit.match).flat());
          const snippet = snippetFor({ summary: hit.summary ?? "", followUps: hit.followUps ?? "" }, fields, terms);
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
                {[hit.kind === "design" ? "Design round" : "", hit.sectionTitle, hit.difficulty]
                  .filter(Boolean)
                  .join(" · ")}
                {snippet.where ? ` · matched ${snippet.where}` : ""}
              </span>
              {snippet.text ? (
                <span className="search-result-snippet">
                  <Highlighted parts={highlight(snippet.text, terms)} />
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {noteHits.length > 0 ? (
        <section className="search-notes" aria-labelledby="search-notes-title">
          <h3 id="search-notes-title" className="search-group-title">
            Your notes
          </h3>
          <ul className="search-results">
            {noteHits.map((hit) => (
              <li key={hit.id} className="search-result">
                <a className="search-result-title" href={`/q/${hit.id}#your-note`}>
                  {hit.title}
                </a>
                <span className="search-result-snippet">
                  <Highlighted parts={highlight(hit.excerpt, hit.terms)} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="search-footer">
        {pageTrack && head && head.tracks.length > 1 ? (
          <label className="search-scope">
            <input type="checkbox" checked={allTracks} onChange={(e) => setAllTracks(e.target.checked)} /> Search all
            tracks{" "}
          </label>
        ) : null}
        <a href="/questions">Browse all questions</a>
        <span className="keyboard-hint">
          {" "}
          · <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
        </span>
      </p>
    </dialog>
  );
}
