import "client-only";

/**
 * A small preference such as the theme, written best-effort: where site data is blocked or full
 * the choice lasts for this page only. Kept apart from the record store so that every page's
 * shared code stays small.
 */
export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Blocked or full storage: nothing to lose but the preference itself.
  }
}

/** A preference written by writePreference, or null when none is stored or storage is blocked. */
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
