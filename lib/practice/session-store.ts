import "client-only";
import { persistedState } from "../storage/persisted-state";
import { sessionKey, sessionReducer, sessionSchema, startSession, type Session, type SessionAction } from "./session";

const store = persistedState<Session, SessionAction>(
  sessionKey,
  (raw) => {
    const parsed = sessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  sessionReducer,
  "Your previous practice session could not be resumed because its saved state was unreadable. Your progress is unaffected.",
);

/** The tab's practice session; a reload resumes on the same card and step. */
export const sessionStore = { ...store, start: (queue: string[]) => store.start(startSession(queue)) };
