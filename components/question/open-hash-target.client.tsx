"use client";

import { useEffect } from "react";
import { decodeFragment } from "@/lib/url";

/**
 * Opens the accordion named by the URL's #fragment, on load and whenever the fragment changes. A
 * fragment naming a question on another page of the section follows the section index there (or
 * goes to the question's own page), so `/nodejs/section#id` keeps working after a section splits.
 */
export function OpenHashTarget() {
  useEffect(() => {
    function open() {
      // A malformed fragment (`#%`) names nothing; it must not take the page down.
      const id = decodeFragment(window.location.hash);
      const target = id ? document.getElementById(id) : null;
      if (!target && id && document.querySelector("[data-section-index]")) {
        const elsewhere = document.querySelector<HTMLAnchorElement>(`a[data-question="${CSS.escape(id)}"]`);
        if (elsewhere) {
          if (elsewhere.pathname !== window.location.pathname) window.location.replace(elsewhere.href);
        } else if (/^[a-z0-9][a-z0-9-]*$/.test(id)) {
          // A section too large to index every question: the question's own page knows it.
          window.location.replace(`/q/${id}`);
        }
        return;
      }
      if (target instanceof HTMLDetailsElement) {
        target.open = true;
        target.scrollIntoView({ block: "start" });
        target.querySelector("summary")?.focus({ preventScroll: true });
      }
    }
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);
  return null;
}
