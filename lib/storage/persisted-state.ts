import "client-only";
import { openArea } from "./areas";
import { RecordStore, type RecordKind } from "./record-store";

/**
 * A piece of one tab's state (a practice or mock session) kept in that tab's sessionStorage, so a
 * reload resumes it and another tab never replaces it. Shaped for useSyncExternalStore. Saved
 * state that fails `read` is backed up and reported through `problem`, never used.
 */
export function persistedState<T, A>(
  key: string,
  read: (raw: unknown) => T | null,
  reducer: (state: T, action: A) => T,
  problemText: string,
) {
  const kind: RecordKind<T | null> = {
    key,
    label: "This tab's session",
    empty: () => null,
    decode(json) {
      if (json === null) return { kind: "ok", value: null, setAside: [] };
      const value = read(json);
      return value === null
        ? { kind: "unreadable", why: "its saved state did not validate" }
        : { kind: "ok", value, setAside: [] };
    },
    merge: (base) => ({ value: base, changed: false }),
  };
  let store: RecordStore<T | null> | undefined;
  const get = () => (store ??= new RecordStore(kind, openArea("session"), false));

  return {
    subscribe: (listener: () => void) => get().subscribe(listener),
    getSnapshot: () => get().getSnapshot().value,
    problem: () =>
      get()
        .getSnapshot()
        .notices.some((n) => n.kind === "unreadable" || n.kind === "no-backup")
        ? problemText
        : undefined,
    start: (value: T) => void get().update(() => value),
    dispatch: (action: A) => void get().update((state) => (state === null ? null : reducer(state, action))),
    end: () => void get().update(() => null),
  };
}
