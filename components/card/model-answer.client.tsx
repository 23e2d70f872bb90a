"use client";

import { useEffect, useState } from "react";
// The answer's code blocks come as HTML from the question page, so their layout, and the rule that
// hides copy buttons until a handler listens, must come with this component, not with CodeBlock.
import "@/components/mdx/code-copy.css";
// Estimate blocks come as HTML too; their fields stay disabled here, their figures as built.
import "@/components/mdx/estimate.css";

const cache = new Map<string, string>();

/**
 * Shows a question's model answer by reading it from the question's own prerendered page, so the
 * answer (highlighted code, diagrams) is built once and practice ships no compiler or highlighter.
 */
export function ModelAnswer({ id }: { id: string }) {
  const [html, setHtml] = useState<string | null>(cache.get(id) ?? null);
  const [error, setError] = useState(false);
  const [copy, setCopy] = useState<((event: { target: EventTarget | null }) => void) | null>(null);
  useEffect(() => {
    if (cache.has(id)) return;
    let live = true;
    fetch(`/q/${id}`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((page) => {
        const doc = new DOMParser().parseFromString(page, "text/html");
        const answer = doc.querySelector("[data-model-answer]")?.innerHTML ?? "";
        cache.set(id, answer);
        if (live) setHtml(answer);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [id]);
  // The copy buttons' handler loads once an answer is shown, so the page's first script does not
  // carry it; until it arrives the buttons stay hidden (code-copy.css), and if it fails they stay so.
  const shown = html !== null;
  useEffect(() => {
    if (!shown) return;
    import("@/components/shared/client").then(
      (m) => setCopy(() => m.copyCodeOnClick),
      () => {},
    );
  }, [shown]);
  if (error) {
    return (
      <p>
        The answer could not be loaded. <a href={`/q/${id}`}>Read it on its own page</a>.
      </p>
    );
  }
  if (html === null) return <p aria-busy="true">Loading the model answer…</p>;
  // The answer's code blocks carry copy buttons; one delegated handler serves them all.
  return (
    <div
      className="model-answer"
      data-copy-ready={copy ? "" : undefined}
      onClick={copy ?? undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
