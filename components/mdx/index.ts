export * from "./code-copy.client";
export * from "./copy-status";
