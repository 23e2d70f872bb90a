export * from "./lazy-saved-note.client";
export * from "./question-marks.client";
export * from "./question-notes.client";
