import "client-only";
export * from "./history";
export * from "./schema";
export * from "./session-store";
export * from "./session";
export * from "./settings";
export * from "./share-link";
