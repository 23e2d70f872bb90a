import "client-only";
export * from "./use-plan";
export * from "./use-progress";
