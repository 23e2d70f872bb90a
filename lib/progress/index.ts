export * from "./transfer-link";
