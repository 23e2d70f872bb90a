export * from "./copy-status-id";
export * from "./inline-confirm.client";
export * from "./pagination";
