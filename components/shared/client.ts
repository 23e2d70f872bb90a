import "client-only";
export * from "./copy-code";
export * from "./download-json";
export * from "./keyboard";
export * from "./use-static-json";
export * from "./use-stored-refresh";
