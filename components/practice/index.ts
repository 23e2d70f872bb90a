export * from "./practice-app.client";
