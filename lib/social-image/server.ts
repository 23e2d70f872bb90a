import "server-only";
export * from "./cache";
