export * from "./deck";
