/**
 * A piece of tab state saved to localStorage on every change and restored on reload, shaped for
 * useSyncExternalStore. Saved data that fails `read` is reported through `problem`, never used.
 */
export function persistedState<T, A>(
  key: string,
  read: (raw: unknown) => T | null,
  reducer: (state: T, action: A) => T,
  problemText: string,
) {
  let current: T | null | undefined;
  let problem: string | undefined;
  const listeners = new Set<() => void>();
  const storage = (): Storage | undefined => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  };

  function load(): T | null {
    if (current !== undefined) return current;
    current = null;
    try {
      const raw = storage()?.getItem(key);
      if (raw) {
        current = read(JSON.parse(raw));
        if (current === null) problem = problemText;
      }
    } catch {
      problem = problemText;
    }
    return current;
  }

  function save(next: T | null) {
    current = next;
    try {
      if (next === null) storage()?.removeItem(key);
      else storage()?.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or unavailable: the state still lives in this tab.
    }
    listeners.forEach((l) => l());
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: load,
    problem: () => problem,
    start: (value: T) => save(value),
    dispatch: (action: A) => {
      const state = load();
      if (state !== null) save(reducer(state, action));
    },
    end: () => save(null),
  };
}
