import "client-only";
/** The localStorage key that holds the interview plan. */
export const planKey = "followup:plan";
