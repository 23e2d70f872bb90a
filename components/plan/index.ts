export * from "./plan-app.client";
export * from "./home-plan-today.client";
