import "client-only";
import { useEffect } from "react";

/**
 * Runs `refresh` now, whenever another tab writes site data, and when the page comes back from the
 * back-forward cache, so what an island shows from storage never goes stale.
 */
export function useStoredRefresh(refresh: () => void, key = "") {
  useEffect(() => {
    refresh();
    window.addEventListener("storage", refresh);
    window.addEventListener("pageshow", refresh);
    return () => {
      window.removeEventListener("storage", refresh);
      window.removeEventListener("pageshow", refresh);
    };
    // `key` names what `refresh` reads, so a refresh rebuilt on each render is re-attached only when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
