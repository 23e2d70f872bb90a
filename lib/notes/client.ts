import "client-only";
export * from "./bookmarks-record";
export * from "./browser-reads";
export * from "./browser-stores";
export * from "./light-read";
export * from "./notes-record";
export * from "./save";
