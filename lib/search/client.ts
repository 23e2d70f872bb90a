import "client-only";
export * from "./filters";
export * from "./shards/fetch-json";
export * from "./snippet";
