import "client-only";
import { persistedState } from "@/lib/storage/client";
import { sessionKey, sessionReducer, sessionSchema, startSession, type Session, type SessionAction } from "./session";

const store = persistedState<Session, SessionAction>(
  sessionKey,
  (raw) => {
    const parsed = sessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  sessionReducer,
  "Your last practice session was unreadable, so it could not be resumed. Your progress is safe.",
);

/** The tab's practice session; a reload resumes on the same card and step. */
export const sessionStore = { ...store, start: (queue: string[]) => store.start(startSession(queue)) };
