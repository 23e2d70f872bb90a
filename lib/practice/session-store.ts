import { browserStorage } from "../progress/browser-store";
import {
  readSavedSession,
  sessionKey,
  sessionReducer,
  startSession,
  type Session,
  type SessionAction,
} from "./session";

/**
 * The tab's practice session, saved on every change so a reload resumes on the same card and
 * step. Shaped for useSyncExternalStore like the progress store.
 */
let current: Session | null | undefined;
let problem: string | undefined;
const listeners = new Set<() => void>();

function load(): Session | null {
  if (current === undefined) {
    const saved = readSavedSession(browserStorage());
    current = saved.session;
    problem = saved.problem;
  }
  return current;
}

function save(next: Session | null) {
  current = next;
  try {
    if (next) browserStorage()?.setItem(sessionKey, JSON.stringify(next));
    else browserStorage()?.removeItem(sessionKey);
  } catch {
    // Storage full or unavailable: the session still works in this tab.
  }
  listeners.forEach((l) => l());
}

export const sessionStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => load(),
  problem: () => problem,
  start: (queue: string[]) => save(startSession(queue)),
  dispatch: (action: SessionAction) => {
    const s = load();
    if (s) save(sessionReducer(s, action));
  },
  end: () => save(null),
};
