export * from "./section-grid";
export * from "./track-picker";
export * from "./track-progress-line";
export * from "./track-versions";
