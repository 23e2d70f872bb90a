import "server-only";
export * from "./question-accordion";
export * from "./question-details";
