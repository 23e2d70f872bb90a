export * from "./mock-app.client";
