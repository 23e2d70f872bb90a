import "client-only";
import type { FetchJson } from "./";

/** Same-origin fetch of one index file; a bad status or unparsable body rejects with the file's path. */
export const fetchJson: FetchJson = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
};

/**
 * The track a page belongs to, from its URL: `/<track>/…`, or a question's own track for `/q/<id>`.
 * Undefined elsewhere, where search covers every track.
 */
export function trackOfPage(pathname: string, tracks: string[], trackOfQuestion: (id: string) => string | undefined) {
  const [first, second] = pathname.split("/").filter(Boolean);
  if (first === "q" && second) return trackOfQuestion(decodeURIComponent(second));
  return first && tracks.includes(first) ? first : undefined;
}
