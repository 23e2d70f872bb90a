import "client-only";
export * from "./use-card-details";
export * from "./use-deck";
