import "client-only";

/** Whether the browser may clear this site's data under storage pressure, or after a week unvisited (Safari). */
export type Persistence = "persisted" | "may-clear" | "unknown";

export async function persistence(): Promise<Persistence> {
  try {
    if (!navigator.storage?.persisted) return "unknown";
    return (await navigator.storage.persisted()) ? "persisted" : "may-clear";
  } catch {
    return "unknown";
  }
}

let asked = false;

/**
 * Asks once per page to keep the site's data. Chromium decides silently (granted for an installed
 * or often-used site), Firefox asks the person; called after a grade or an install, when keeping
 * the data plainly matters to them.
 */
export async function askToPersist(): Promise<Persistence> {
  if (asked) return persistence();
  asked = true;
  try {
    if (!navigator.storage?.persist) return "unknown";
    return (await navigator.storage.persist()) ? "persisted" : "may-clear";
  } catch {
    return "unknown";
  }
}
