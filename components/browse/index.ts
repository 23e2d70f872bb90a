export * from "./question-filters.client";
export * from "./question-row";
