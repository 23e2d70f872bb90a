import "server-only";
export * from "./build-index";
export * from "./shards/build";
