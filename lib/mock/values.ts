import "client-only";
/**
 * The mock interview's value lists and data versions, kept apart from the zod schemas so the
 * set-up screen and the state machine can use them without shipping zod.
 */
export const timeUpChoices = ["lock", "overtime"] as const;
export type TimeUpChoice = (typeof timeUpChoices)[number];

/** How a question's turn ended; `null` in the session while it is still running. */
export const runOutcomes = ["answered", "skipped", "timed-out", "ended"] as const;
export type RunOutcome = (typeof runOutcomes)[number];

export const mockSessionVersion = 1;
export const historyVersion = 1;
