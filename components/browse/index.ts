export * from "./question-row";
