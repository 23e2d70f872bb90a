"use client";

import { useSyncExternalStore } from "react";
import { writePreference } from "@/lib/storage/client";

const noSubscription = () => () => undefined;

/**
 * Switches between light and dark and remembers the choice; storage failures are harmless. The
 * theme lives on <html data-theme>, set before paint, so the button carries both faces and CSS
 * shows the one for the theme in force: nothing to subscribe to, and no wrong icon before hydration.
 */
export function ThemeToggle() {
  // The static HTML cannot switch themes, so until the script runs the button shows it is loading
  // rather than looking ready to press.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  function toggle() {
    const root = document.documentElement;
    const dark = root.dataset.theme
      ? root.dataset.theme === "dark"
      : window.matchMedia("(prefers-color-scheme: dark)").matches;
    root.dataset.theme = dark ? "light" : "dark";
    // Where storage is blocked the choice lasts for this page only.
    writePreference("theme", root.dataset.theme);
  }
  return (
    <button
      type="button"
      className="button-quiet theme-toggle"
      onClick={toggle}
      disabled={!ready}
      aria-busy={ready ? undefined : true}
    >
      <span className="theme-face-light">
        <span aria-hidden="true">☾</span>
        <span className="visually-hidden">Switch to dark theme</span>
      </span>
      <span className="theme-face-dark">
        <span aria-hidden="true">☀</span>
        <span className="visually-hidden">Switch to light theme</span>
      </span>
    </button>
  );
}
