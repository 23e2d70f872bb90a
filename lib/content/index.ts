export * from "./difficulty";
export * from "./pages";
export * from "./schema";
export * from "./tag-titles";
