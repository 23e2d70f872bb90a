export * from "./availability";
export * from "./schema";
export * from "./fields";
export * from "./figures";
