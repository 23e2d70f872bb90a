export * from "./checkbox-group";
export * from "./grade-buttons";
export * from "./self-check";
