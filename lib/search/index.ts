export * from "./catalog";
export * from "./notes";
export * from "./options";
export * from "./rank";
export * from "./shards";
export * from "./shards/query";
