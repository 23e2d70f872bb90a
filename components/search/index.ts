export * from "./search-icon";
