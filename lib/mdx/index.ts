export * from "./heading-slug";
