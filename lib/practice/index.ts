export * from "./intervals";
export * from "./other-tab";
