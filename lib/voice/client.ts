import "client-only";
export * from "./recorder";
export * from "./take-store";
export * from "./take-usage";
// The interviewer voice setting is a checked preference of the storage module.
export { readPreference, writePreference } from "@/lib/storage/client";
