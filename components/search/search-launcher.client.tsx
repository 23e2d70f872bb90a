"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { isTextEntry } from "../shared/keyboard";
// The dialog's styles load with the launcher: CSS imported by a lazily loaded chunk would make
// webpack add its stylesheet loader to the runtime every page ships.
import "./search-empty.css";

// The dialog, MiniSearch and the index load on first open, so pages pay nothing for search.
const SearchDialog = lazy(() => import("./search-dialog.client"));

/**
 * Opens search with ⌘K, Ctrl+K or "/". Without JavaScript the same control is a plain link to
 * the all-questions page, which lists and filters everything.
 */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        (event.key === "k" && (event.metaKey || event.ctrlKey)) ||
        (event.key === "/" && !isTextEntry(event.target))
      ) {
        event.preventDefault();
        setOpen(true);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <a
        href="/questions"
        className="button-quiet search-trigger"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
      >
        <svg className="search-trigger-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-trigger-label">Search</span> <kbd>/</kbd>
      </a>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
