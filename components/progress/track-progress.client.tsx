"use client";

import { browserCards, trackProgressText } from "@/lib/progress/client";
import { useStoredRefresh } from "@/components/shared/client";

/** Fills every TrackProgressLine on the page from this browser's progress. */
function fill() {
  const cards = browserCards();
  // Blocked or unreadable site data: say nothing rather than call every track untouched.
  if (!cards) return;
  for (const line of document.querySelectorAll<HTMLElement>("[data-progress-ids]")) {
    line.textContent = trackProgressText(cards, (line.dataset.progressIds ?? "").split(" ").filter(Boolean));
  }
}

/**
 * One island per page for all its track progress lines, refilled when another tab saves progress
 * and when the page comes back from the back-forward cache (the StatusBadges approach).
 */
export function TrackProgress() {
  useStoredRefresh(fill);
  return null;
}
