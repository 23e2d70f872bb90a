export * from "./export-reminder";
