import "server-only";
export * from "./cache";
export * from "./check-cache";
export * from "./parse-diagram";
