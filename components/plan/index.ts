export * from "./plan-app.client";
