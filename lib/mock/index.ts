export * from "./report";
export * from "./phases";
