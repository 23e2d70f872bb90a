import "client-only";
/** The localStorage key that holds practice progress. */
export const progressKey = "followup:progress";
