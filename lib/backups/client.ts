import "client-only";
export * from "./browser-backups";
