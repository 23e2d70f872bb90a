export * from "./checkbox-group";
export * from "./grade-buttons";
export * from "./lazy-shortcut-help.client";
export * from "./model-answer.client";
export * from "./self-check";
