import "client-only";
import { persistedState } from "@/lib/storage/client";
import { mockSessionSchema } from "./schema";
import { mockReducer, type MockAction, type MockSession } from "./session";

/** The running mock, saved on every change so a reload resumes with the clock still right. */
export const mockStore = persistedState<MockSession, MockAction>(
  "followup:mock-session",
  (raw) => {
    const parsed = mockSessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  mockReducer,
  "The previous mock interview could not be resumed because its saved state was unreadable.",
);
