import "server-only";
export * from "./compile";
export * from "./component-names";
export * from "./languages";
export * from "./refuse-unsafe";
export * from "./walk-mdx";
