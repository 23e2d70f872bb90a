export * from "./format";
export * from "./interviewer-settings";
export * from "./recording-rules";
export * from "./suggest-grade";
export * from "./take-record";
