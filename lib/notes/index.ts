export * from "./limits";
export * from "./note-parts";
export * from "./saved-scope";
