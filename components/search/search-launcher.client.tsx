"use client";

import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { isTextEntry } from "@/components/shared/client";
// The dialog's styles load with the launcher: CSS imported by a lazily loaded chunk would make
// webpack add its stylesheet loader to the runtime every page ships.
import "./search-empty.css";

// The dialog, MiniSearch and the index load on first open, so pages pay nothing for search.
const SearchDialog = lazy(() => import("./search-dialog.client"));

/**
 * Opens search with ⌘K, Ctrl+K or "/". Without JavaScript the same control is a plain link to
 * the all-questions page, which lists and filters everything. The icon comes from the server
 * component that renders the launcher, so its drawing travels as HTML instead of in every page's script.
 */
export function SearchLauncher({ icon }: { icon: ReactNode }) {
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
        {icon}
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
