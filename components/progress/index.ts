export * from "./due-today.client";
export * from "./progress-dashboard.client";
export * from "./store-notices.client";
export * from "./track-progress.client";
