export * from "./theme-script";
export * from "./theme-toggle.client";
