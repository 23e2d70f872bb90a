import "client-only";
export * from "./mark-track-links";
