/**
 * Everything read from the address bar is untrusted: a link can carry any bytes. These helpers
 * are the one place where a fragment or query is decoded, and they never throw; a value that is
 * echoed back in a message is shortened first, so a hostile link cannot fill the page.
 */

/** The fragment without its `#`, percent-decoded; null when it is empty or not valid UTF-8 percent-encoding. */
export function decodeFragment(hash: string): string | null {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The query's parameters, or null when it cannot be read at all. */
export function readQuery(search: string): URLSearchParams | null {
  try {
    return new URLSearchParams(search);
  } catch {
    return null;
  }
}

export const shownLength = 40;

/** At most `max` characters (whole code points), with an ellipsis when something was cut. */
export function shortenForDisplay(value: string, max = shownLength): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join("")}…`;
}
