import "server-only";
// The inline theme script, written into every page at build time and hashed for its CSP.
export * from "./theme-script";
