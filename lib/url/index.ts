export * from "./untrusted";
