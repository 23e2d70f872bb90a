import "client-only";
export * from "./browser-today";
export * from "./scope";
export * from "./session-store";
export * from "./session";
