import "client-only";
export * from "./track-param";
