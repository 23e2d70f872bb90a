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

/** A mock of several questions, or a system design round: one design question in timed phases. */
export const mockFormats = ["questions", "design-round"] as const;
export type MockFormat = (typeof mockFormats)[number];

export const mockSessionVersion = 1;
/** 2: a report may hold a design round's phase times (version 1 reports load as they are). */
export const historyVersion = 2;
