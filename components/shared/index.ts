export * from "./copy-status-id";
export * from "./pagination";
