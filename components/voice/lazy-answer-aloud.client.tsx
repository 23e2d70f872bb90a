"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { isTextEntry } from "@/components/shared/client";
import type { AnswerAloudProps } from "./answer-aloud.client";

function RecorderUnavailable() {
  return (
    <p className="notice" role="alert">
      The recorder could not be loaded (are you offline?). Practice goes on without it.
    </p>
  );
}

// The recorder, its storage and idb load on first use, so pages that never record never fetch them.
const AnswerAloud = lazy(() => import("./answer-aloud.client").catch(() => ({ default: RecorderUnavailable })));

/** The "Answer aloud" button (and the R key); the first press loads the recorder and starts it. */
export function LazyAnswerAloud(props: Omit<AnswerAloudProps, "startNow">) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== "r" || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTextEntry(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setWanted(true);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [wanted]);
  if (!wanted) {
    return (
      <div className="answer-aloud" role="group" aria-label="Answer aloud">
        <p className="answer-aloud-controls">
          <button type="button" className="button-quiet record-button" onClick={() => setWanted(true)}>
            Answer aloud <kbd>R</kbd>
          </button>
        </p>
      </div>
    );
  }
  return (
    <Suspense fallback={<p aria-busy="true">Loading the recorder…</p>}>
      <AnswerAloud {...props} startNow />
    </Suspense>
  );
}
