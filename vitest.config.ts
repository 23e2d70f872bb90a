import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    globalSetup: ["tests/setup/examples-workspace.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
