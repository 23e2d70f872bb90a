import "server-only";
export * from "./errors";
export * from "./run-import";
export * from "./write-output";
