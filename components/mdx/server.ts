import "server-only";
export * from "./mdx-body";
