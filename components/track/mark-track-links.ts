import "client-only";
import { useEffect } from "react";

/** Marks the server-drawn track picker's link for the chosen track (null: all tracks) as current. */
export function useMarkedTrackLink(track: string | null) {
  useEffect(() => {
    for (const link of document.querySelectorAll<HTMLElement>("[data-track-link]")) {
      if (link.dataset.trackLink === (track ?? "")) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  }, [track]);
}
