import "client-only";
import { startTransition, useEffect, useState } from "react";

/** One request per path per page load; a failed one is forgotten so a later use can retry. */
const requests = new Map<string, Promise<unknown>>();
/** Files that have arrived, so a prefetched one renders at once instead of after a loading flash. */
const arrived = new Map<string, unknown>();

function request(path: string): Promise<unknown> {
  let pending = requests.get(path);
  if (!pending) {
    pending = fetch(path).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json();
    });
    pending.then(
      (data) => arrived.set(path, data),
      () => requests.delete(path),
    );
    requests.set(path, pending);
  }
  return pending;
}

/** Starts fetching a file that will be wanted soon (the next card), so showing it does not wait. */
export function prefetchStaticJson(path: string): void {
  request(path).catch(() => {});
}

/**
 * Static JSON files written at build time, fetched once `enabled` is first true; data is null until
 * all of them have arrived. The render that uses the data runs as a transition, so drawing a whole
 * app from it is sliced, not one long task.
 */
export function useStaticJsonList<T>(paths: string[], enabled = true): { data: T[] | null; error: string | null } {
  // The files themselves live in `arrived`; this state only re-renders when they come, or says why not.
  const [, setArrivals] = useState(0);
  const [failure, setFailure] = useState<{ key: string; error: string } | null>(null);
  const key = paths.join("\n");
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    Promise.all(key.split("\n").map(request)).then(
      () => live && startTransition(() => setArrivals((n) => n + 1)),
      (error: Error) => live && setFailure({ key, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key, enabled]);
  if (enabled && paths.every((p) => arrived.has(p)))
    return { data: paths.map((p) => arrived.get(p) as T), error: null };
  return { data: null, error: failure?.key === key ? failure.error : null };
}

export function useStaticJson<T>(path: string, enabled = true): { data: T | null; error: string | null } {
  const { data, error } = useStaticJsonList<T>([path], enabled);
  return { data: data?.[0] ?? null, error };
}
