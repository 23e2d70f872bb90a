import "client-only";
export * from "./persist";
export * from "./data-care-record";
