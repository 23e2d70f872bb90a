import "server-only";
export * from "./build";
