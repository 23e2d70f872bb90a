// Node code that loads outside Next (Playwright loads the diagram renderer, which sanitises its
// SVGs), where the server-only marker would throw; never imported by browser code.
export * from "./sanitize-svg";
