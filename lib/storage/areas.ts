import "client-only";
/**
 * With preference.ts, the only code that touches the browser's Web Storage (an ESLint rule forbids it
 * anywhere outside lib/storage).
 * Every call is guarded: the getters themselves throw when site data is blocked, a write throws
 * when the quota is full, and a hostile extension can replace either. Callers get plain outcomes.
 */
export type AreaName = "local" | "session";
export type WriteOutcome = "ok" | "quota" | "refused";

export interface Area {
  /** The stored text, null when the key is empty, undefined when the area refused the read. */
  read(key: string): string | null | undefined;
  write(key: string, value: string): WriteOutcome;
  remove(key: string): void;
  keys(): string[];
}

function webStorage(name: AreaName): Storage | undefined {
  try {
    const storage = name === "local" ? window.localStorage : window.sessionStorage;
    // Some blocked modes hand out an object whose every call throws; probe one read.
    storage.getItem("followup:probe");
    return storage;
  } catch {
    return undefined;
  }
}

const isQuota = (error: unknown) =>
  error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);

/** Wraps any Storage (the browser's, or a test double) so that no call ever throws. */
export function areaOver(storage: Storage): Area {
  return {
    read(key) {
      try {
        return storage.getItem(key);
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        storage.setItem(key, value);
        return "ok";
      } catch (error) {
        return isQuota(error) ? "quota" : "refused";
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to undo: a failed remove leaves the old value, which is never less data.
      }
    },
    keys() {
      try {
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
      } catch {
        return [];
      }
    },
  };
}

const opened = new Map<AreaName, Area | undefined>();

/** The browser's storage area, or undefined where it is blocked or missing (memory-only mode). */
export function openArea(name: AreaName): Area | undefined {
  if (!opened.has(name)) {
    const storage = typeof window === "undefined" ? undefined : webStorage(name);
    opened.set(name, storage ? areaOver(storage) : undefined);
  }
  return opened.get(name);
}
