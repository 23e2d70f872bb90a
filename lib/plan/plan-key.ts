import "client-only";
/** The localStorage key that holds the interview plan. */
export const planKey = "followup:plan";
/** The plan record's data version; here so that grading's raw read of the plan stays small. */
export const planVersion = 2;
