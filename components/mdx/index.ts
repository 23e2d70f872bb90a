export * from "./copy-status";
