export * from "./theme-toggle.client";
