export * from "./search-icon";
export * from "./search-launcher.client";
