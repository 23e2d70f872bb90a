"use client";

import { browserCards, statusReader } from "@/lib/progress/client";
import { useStoredRefresh } from "@/components/shared/client";
import { statusHints } from "./status-badge";

/** Fills every empty StatusBadge on the page, the same markup StatusBadge draws with a status. */
function fill() {
  const cards = browserCards();
  // Blocked or unreadable site data: say nothing rather than call everything new.
  if (!cards) return;
  const statusOf = statusReader(cards, new Date());
  for (const badge of document.querySelectorAll<HTMLElement>("[data-status-for]")) {
    const status = statusOf(badge.dataset.statusFor ?? "");
    if (badge.dataset.status === status) continue;
    const prefix = document.createElement("span");
    prefix.className = "visually-hidden";
    prefix.textContent = "Your progress: ";
    badge.replaceChildren(prefix, status);
    badge.dataset.status = status;
    badge.title = statusHints[status];
  }
}

/**
 * One island per page for all its status badges. It refills them when another tab saves progress
 * and when the page comes back from the back-forward cache, since practice may have changed them.
 */
export function StatusBadges() {
  useStoredRefresh(fill);
  return null;
}
