"use client";

import { useEffect } from "react";

/**
 * Opens the accordion named by the URL's #fragment, on load and whenever the fragment changes. A
 * fragment naming a question on another page of the section follows the section index there, so
 * `/nodejs/section#id` keeps working after a section grows a second page.
 */
export function OpenHashTarget() {
  useEffect(() => {
    function open() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target && id) {
        const elsewhere = document.querySelector<HTMLAnchorElement>(`a[data-question="${CSS.escape(id)}"]`);
        if (elsewhere && elsewhere.pathname !== window.location.pathname) window.location.replace(elsewhere.href);
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
