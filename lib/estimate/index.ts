export * from "./availability";
export * from "./schema";
export * from "./fields";
export * from "./figures";
export * from "./inputs";
export * from "./format";
export * from "./quantity";
