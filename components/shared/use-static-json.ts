import { startTransition, useEffect, useState } from "react";

/** One request per path per page load; a failed one is forgotten so a later use can retry. */
const requests = new Map<string, Promise<unknown>>();

function request(path: string): Promise<unknown> {
  let pending = requests.get(path);
  if (!pending) {
    pending = fetch(path).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json();
    });
    requests.set(path, pending);
  }
  return pending;
}

/**
 * A static JSON file written at build time, fetched once `enabled` is first true. The render that
 * uses the data runs as a transition, so drawing a whole app from it is sliced, not one long task.
 */
export function useStaticJson<T>(path: string, enabled = true): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    request(path).then(
      (data) => live && startTransition(() => setState({ data: data as T, error: null })),
      (error: Error) => {
        requests.delete(path);
        if (live) setState({ data: null, error: error.message });
      },
    );
    return () => {
      live = false;
    };
  }, [path, enabled]);
  return state;
}
