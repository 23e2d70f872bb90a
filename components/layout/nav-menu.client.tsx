"use client";

import { useEffect, useRef } from "react";

/** Whether a nav link leads to the page at `pathname` (or to a page below it). */
export const isCurrentLink = (href: string, pathname: string) => {
  const path = pathname.replace(/\/+$/, "") || "/";
  return path === href || path.startsWith(`${href}/`);
};

/** Marks the header's links to this page, in the inline nav and in the menu. */
function markCurrentLinks() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".site-nav a, .nav-menu-panel a")) {
    if (isCurrentLink(link.getAttribute("href") ?? "", window.location.pathname)) {
      link.setAttribute("aria-current", "page");
    } else link.removeAttribute("aria-current");
  }
}

/**
 * The narrow-screen menu. It is a `<details>`, so it opens before and without JavaScript; once
 * loaded it also closes on Escape, on a tap or focus outside it and on following a link, and
 * Escape gives focus back to the button.
 */
export function NavMenu({ links }: { links: readonly { href: string; label: string }[] }) {
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    markCurrentLinks();
    const details = menu.current!;
    const close = (refocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (refocus) details.querySelector("summary")?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        event.preventDefault();
        close(true);
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!details.contains(event.target as Node)) close(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !details.contains(next)) close(false);
    };
    // A page restored from the back-forward cache comes back as it was left, menu and all.
    const onShow = () => {
      close(false);
      markCurrentLinks();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("focusout", onFocusOut);
    window.addEventListener("pageshow", onShow);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("focusout", onFocusOut);
      window.removeEventListener("pageshow", onShow);
    };
  }, []);

  return (
    <details className="nav-menu" ref={menu}>
      <summary className="icon-button" aria-label="Menu">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </summary>
      <nav aria-label="Site menu" className="nav-menu-panel">
        {links.map((link) => (
          <a key={link.href} href={link.href} onClick={() => menu.current && (menu.current.open = false)}>
            {link.label}
          </a>
        ))}
      </nav>
    </details>
  );
}
