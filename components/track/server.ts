import "server-only";
export * from "./section-view";
